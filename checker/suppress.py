"""Inline suppressions (``# guidelint: disable=RULE -- reason``) and their bookkeeping.

Comments typed on a Chinese keyboard are read when they can mean one thing only: a full-width
colon or equals sign (``guidelint：``, ``＝``), spaces around ``=``, ``，`` or ``、`` between rules,
upper case, ``_`` for ``-`` in a rule id, and ``—``, ``——``, ``－－`` or a spaced `` - `` for ``--``.
Anything else that starts ``# guidelint`` is a malformed suppression: it hides nothing, and
unused-suppression says so with the comment it was probably meant to be.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from checker.findings import Finding, Problem, Span
from checker.pickling import by_fields

_MARKER = re.compile(r"#\s*guidelint\b\s*[:：]?\s*", re.IGNORECASE)
_SCOPE = re.compile(r"(?P<scope>disable[-_]file|disable)\b\s*(?P<equals>[=＝]?)\s*", re.IGNORECASE)
_RULES_AND_REASON = re.compile(
    r"(?P<rules>[A-Za-z0-9_\-,，、 \t]*?)\s*"
    r"(?:(?:--|－－|[—–]+|(?<=\s)-(?=\s))\s*(?P<reason>.*?))?\s*$"
)
_RULE_SEPARATORS = re.compile(r"[,，、\s]+")
_REASON_AFTER_RULES = re.compile(r"(?P<rules>[A-Za-z0-9_\-,，、 \t]*[A-Za-z0-9])\s*(?:--|－－|[—–]+|-)?\s*(?P<reason>.*?)\s*$")


@by_fields
@dataclass(frozen=True, slots=True)
class Suppression:
    line: int
    rules: tuple[str, ...]
    reason: str
    file_wide: bool
    own_line: bool  # the comment stands alone on its line, so it covers the next line too
    span: Span
    malformed: str = ""  # why the comment cannot be read, with what was probably meant

    def covers(self, finding: Finding) -> bool:
        if finding.rule not in self.rules:
            return False
        if self.file_wide:
            return True
        return finding.line == self.line or (self.own_line and finding.line == self.line + 1)


def parse_suppressions(text: str) -> list[Suppression]:
    found: list[Suppression] = []
    if "guidelint" not in text.lower():  # most documents: one pass, not one per line
        return found
    for number, line in enumerate(text.splitlines(), start=1):
        if "guidelint" not in line.lower():
            continue
        start = _comment_start(line)
        if start is None:
            continue
        marker = _MARKER.match(line, start)
        if marker is None:
            continue
        span = Span(number, start + 1, number, len(line) + 1)
        item = _suppression(line[marker.end() :], number, not line[:start].strip(), span)
        if item is not None:
            found.append(item)
    return found


# A word and "=" after "guidelint:": an attempt at a directive (ignore=…, noqa:…), not prose.
_DIRECTIVE_LIKE = re.compile(r"[A-Za-z][A-Za-z_-]*\s*[=＝:：]")


def _suppression(body: str, number: int, own_line: bool, span: Span) -> Suppression | None:
    """The suppression a comment's text after ``guidelint:`` asks for, a malformed one, or none
    when the comment only mentions guidelint."""
    scope = _SCOPE.match(body)
    if scope is None:
        if not _DIRECTIVE_LIKE.match(body):
            return None
        return _malformed(number, own_line, span, f"「{body.strip()}」不是屏蔽指令", "RULE -- 原因")
    file_wide = scope["scope"].lower() != "disable"
    directive = "disable-file" if file_wide else "disable"
    rest = body[scope.end() :]
    parts = _RULES_AND_REASON.fullmatch(rest)
    rules = tuple(_rule_ids(parts["rules"])) if parts else ()
    if not scope["equals"] or parts is None or not rules:
        return _malformed(number, own_line, span, "写法无法识别", _guess(rest), directive)
    if any(rule == "all" for rule in rules):
        return _malformed(
            number, own_line, span, "不支持 ALL：一次屏蔽全部规则会藏住以后出现的新问题，请写出规则编号",
            "RULE -- " + ((parts["reason"] or "").strip() or "原因"), directive,
        )
    reason = (parts["reason"] or "").strip()
    return Suppression(number, rules, reason, file_wide, own_line, span)


def _rule_ids(written: str) -> list[str]:
    return [r.lower().replace("_", "-") for r in _RULE_SEPARATORS.split(written) if r]


def _guess(rest: str) -> str:
    """What a comment that cannot be read probably meant: its rules, then its reason after ``--``."""
    match = _REASON_AFTER_RULES.match(rest.strip())
    if match is None:
        return "RULE -- 原因"
    rules = ",".join(_rule_ids(match["rules"]))
    return f"{rules} -- {match['reason'] or '原因'}"


def _malformed(
    number: int, own_line: bool, span: Span, why: str, meant: str, directive: str = "disable"
) -> Suppression:
    message = f"屏蔽注释{why}，没有屏蔽任何问题：是否应为「# guidelint: {directive}={meant}」？"
    return Suppression(number, (), "", directive == "disable-file", own_line, span, message)


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
            if item.malformed:
                notes.append((path, item, "malformed"))
                continue
            if not item.reason:
                notes.append((path, item, "missing-reason"))
            if (path, item) not in used and any(r in active for r in item.rules):
                notes.append((path, item, "unused"))
            if not item.rules or any(r not in known for r in item.rules):
                notes.append((path, item, "unknown"))
    return kept, notes


def note_problem(path: str, item: Suppression, what: str, known: Iterable[str] = ()) -> Problem:
    rules = ",".join(item.rules) or "（未写规则）"
    if what == "malformed":
        return Problem(path, item.span, item.malformed, content=f"{what}:{item.malformed}")
    messages = {
        "missing-reason": f"屏蔽注释 disable={rules} 没有写明原因：请在“--”后写明为何不修改",
        "unused": f"屏蔽注释 disable={rules} 没有屏蔽任何问题：问题已解决的，请删除该注释",
        "unknown": f"屏蔽注释 disable={rules} 中有不存在的规则编号{_nearest_rules(item.rules, set(known))}"
        "（guidelint rules 列出全部规则）",
    }
    return Problem(path, item.span, messages[what], content=f"{what}:{rules}")


def _nearest_rules(rules: tuple[str, ...], known: set[str]) -> str:
    """「fee-incomplet」是否应为「fee-incomplete」？ for each unknown rule that has a near one."""
    from rapidfuzz import fuzz, process  # here: only a misspelt rule id needs it

    hints = []
    for rule in rules:
        if rule in known:
            continue
        match = process.extractOne(rule, sorted(known), scorer=fuzz.ratio, score_cutoff=60)
        hints.append(f"：「{rule}」是否应为「{match[0]}」？" if match else f"：「{rule}」")
    return "".join(hints) or "：请核对"
