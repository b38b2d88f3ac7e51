"""Inline suppressions (``# guidelint: disable=RULE -- reason``) and their bookkeeping."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from checker.findings import Finding, Problem, Span
from checker.pickling import by_fields

_COMMENT = re.compile(
    r"#\s*guidelint:\s*(?P<scope>disable-file|disable)\s*=\s*(?P<rules>[A-Za-z0-9_,\s-]*?)"
    r"\s*(?:--\s*(?P<reason>.*?))?\s*$"
)


@by_fields
@dataclass(frozen=True, slots=True)
class Suppression:
    line: int
    rules: tuple[str, ...]
    reason: str
    file_wide: bool
    own_line: bool  # the comment stands alone on its line, so it covers the next line too
    span: Span

    def covers(self, finding: Finding) -> bool:
        if finding.rule not in self.rules:
            return False
        if self.file_wide:
            return True
        return finding.line == self.line or (self.own_line and finding.line == self.line + 1)


def parse_suppressions(text: str) -> list[Suppression]:
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        if "guidelint:" not in line:
            continue
        start = _comment_start(line)
        if start is None:
            continue
        match = _COMMENT.match(line, start)
        if match is None:
            continue
        rules = tuple(r.strip() for r in match["rules"].split(",") if r.strip())
        found.append(
            Suppression(
                line=number,
                rules=rules,
                reason=(match["reason"] or "").strip(),
                file_wide=match["scope"] == "disable-file",
                own_line=not line[:start].strip(),
                span=Span(number, start + 1, number, len(line) + 1),
            )
        )
    return found


def _comment_start(line: str) -> int | None:
    """Where a YAML comment starts: a ``#`` at the start or after a space, outside quotes."""
    quote = None
    for index, char in enumerate(line):
        if quote:
            if char == quote:
                quote = None
        elif char in "\"'" and (index == 0 or line[index - 1] in " :-[{,"):
            quote = char
        elif char == "#" and (index == 0 or line[index - 1] in " \t"):
            return index
    return None


def apply(
    findings: Iterable[Finding],
    suppressions: dict[str, list[Suppression]],
    active: set[str],
    known: set[str],
) -> tuple[list[Finding], list[tuple[str, Suppression, str]]]:
    """Drop suppressed findings; return the kept ones and (path, suppression, problem) notes.

    A note is made for a suppression that names no active rule's finding (it hides nothing)
    or that gives no reason.
    """
    kept, used = [], set()
    for finding in findings:
        hit = next((s for s in suppressions.get(finding.path, ()) if s.covers(finding)), None)
        if hit is None:
            kept.append(finding)
        else:
            used.add((finding.path, hit))
    notes = []
    for path, items in suppressions.items():
        for item in items:
            if not item.reason:
                notes.append((path, item, "missing-reason"))
            if (path, item) not in used and any(r in active for r in item.rules):
                notes.append((path, item, "unused"))
            if not item.rules or any(r not in known for r in item.rules):
                notes.append((path, item, "unknown"))
    return kept, notes


def note_problem(path: str, item: Suppression, what: str) -> Problem:
    rules = ",".join(item.rules) or "（未写规则）"
    messages = {
        "missing-reason": f"屏蔽注释 disable={rules} 没有写明原因：请在“--”后写明为何不修改",
        "unused": f"屏蔽注释 disable={rules} 没有屏蔽任何问题：问题已解决的，请删除该注释",
        "unknown": f"屏蔽注释 disable={rules} 中有不存在的规则编号：请核对（guidelint rules 列出全部规则）",
    }
    return Problem(path, item.span, messages[what], content=f"{what}:{rules}")
