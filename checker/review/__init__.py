"""``guidelint review OLD NEW``: what a change to a guide means for applicants.

Two versions of one guide are compared field by field (checker/review/fields.py, materials in
checker/review/materials.py); every difference an applicant would notice becomes a Change with
one Chinese sentence and NEW's line. The findings NEW has and OLD had not are listed beside
them, compared by rule and content as a baseline is, so shifted lines do not count as new.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field

from checker.baseline import Baseline, Key, offending_content
from checker.config import Config
from checker.discover import kind_of
from checker.document import Document, build
from checker.engine import check_documents
from checker.findings import Finding
from checker.review.base import Change, value
from checker.review.fields import KIND_LABELS, compare
from checker.revision import RevisionError, Version, read_version
from checker.text.vocabulary import load_vocabulary

__all__ = ["KIND_LABELS", "Change", "Review", "run_review"]


@dataclass
class Review:
    old: str
    new: str
    title: str
    changes: list[Change]
    findings: list[Finding]  # findings NEW has and OLD had not
    source_lines: dict[str, list[str]]
    notes: list[str] = field(default_factory=list)
    crashes: list[str] = field(default_factory=list)


def _documents(version: Version) -> list[Document]:
    guide = build(version.label, "guide", version.data)
    return [guide, *(build(label, "checklist", data) for label, data in version.checklists.items())]


def _finding_key(guide_label: str, lines: dict[str, list[str]]) -> Callable[[Finding], Key]:
    def key(f: Finding) -> Key:
        path = "NEW" if f.path == guide_label else f.path
        return path, f.rule, offending_content(f, lines.get(f.path, []))

    return key


def run_review(old_spec: str, new_spec: str, config: Config) -> Review:
    """Compare two versions of a guide; OLD is checked against NEW's window checklists, so the
    findings that differ are the guide change's own."""
    old, new = read_version(old_spec), read_version(new_spec)
    for version in (old, new):
        if kind_of(os.path.basename(version.label)) == "checklist":
            raise RevisionError(f"review 比较的是办事指南，「{version.label}」是收件清单")
    old.checklists = dict(new.checklists)
    old_docs, new_docs = _documents(old), _documents(new)
    old_result = check_documents(old_docs, config)
    new_result = check_documents(new_docs, config)
    old_lines = {d.path: d.text.splitlines() for d in old_docs if d.text is not None}
    new_lines = {d.path: d.text.splitlines() for d in new_docs if d.text is not None}
    recorded = Baseline.from_findings(old_result.findings, _finding_key(old.label, old_lines))
    findings, _ = recorded.match(new_result.findings, _finding_key(new.label, new_lines))
    old_guide, new_guide = old_docs[0].guide, new_docs[0].guide
    notes, changes = [], []
    if old_guide is None or new_guide is None:
        unreadable = "、".join(v.label for v, g in ((old, old_guide), (new, new_guide)) if g is None)
        notes.append(f"「{unreadable}」无法解析为办事指南，未比较内容，只列出问题")
    else:
        changes = compare(old_guide, new_guide, load_vocabulary(config.glossaries, config.packs))
    title = value(new_guide.name) if new_guide is not None else None
    return Review(
        old.label,
        new.label,
        title or os.path.basename(new.label),
        changes,
        sorted(findings, key=Finding.sort_key),
        new_lines,
        notes,
        old_result.crashes + new_result.crashes,
    )
