"""Which findings a check reports: ``--baseline`` and ``--changed-since`` hide some, and say
how many, so that a green run never hides how much was left out."""

from __future__ import annotations

from dataclasses import dataclass, field

from checker import baseline, changes
from checker.findings import Finding
from checker.report import SourceLines


class SelectionError(Exception):
    """The baseline or git cannot be read; the message says why."""


@dataclass
class Selection:
    """The recorded baseline and the changed lines, read once, applied to each result."""

    baseline_file: str | None = None
    recorded: baseline.Baseline | None = None
    changes: changes.Changes | None = None
    cross_document: set[str] = field(default_factory=set)  # pair and corpus rules

    @classmethod
    def read(
        cls, baseline_file: str | None, changed_since: str | None, paths: list[str], cross_document: set[str]
    ) -> Selection:
        try:
            recorded = baseline.load(baseline_file) if baseline_file else None
            changed = changes.changed_since(changed_since, paths) if changed_since else None
        except (baseline.BaselineError, changes.ChangesError) as err:
            raise SelectionError(str(err)) from None
        return cls(baseline_file, recorded, changed, cross_document)

    def apply(self, findings: list[Finding], lines: SourceLines, checked: list[str]) -> Shown:
        """The findings to report, and notes on what was hidden and why."""
        shown = Shown(findings)
        if self.recorded is not None and self.baseline_file:
            key = baseline.file_key(self.baseline_file, lines)
            kept, leftover = self.recorded.match(shown.findings, key)
            if hidden := len(shown.findings) - len(kept):
                shown.notes.append(f"基线 {self.baseline_file} 中已记录的 {hidden} 个问题未报告")
            stale = baseline.stale(leftover, checked, self.baseline_file)
            if stale:
                shown.notes.append(f"基线中有 {stale} 个问题已不再出现；可用 --write-baseline 更新基线")
            shown.findings = kept
        if self.changes is not None:
            kept = changes.select(shown.findings, self.changes, self.cross_document)
            if hidden := len(shown.findings) - len(kept):
                shown.notes.append(f"另有 {hidden} 个问题不在改动的行上，未报告（--changed-since）")
            shown.findings = kept
        return shown


@dataclass
class Shown:
    findings: list[Finding]
    notes: list[str] = field(default_factory=list)
