"""A finding's own "what to write instead", read from its message and its safe fix.

Messages say what is wrong, then what to do: "「近期」表述模糊，…：写明具体时间范围（如…）".
The advice is the safe fix's replacement when there is one, else the sentence that opens with
请 after a full stop or semicolon, else the text after the last colon outside 「」 quotes. A message with no
such part gives no advice, and the report falls back to the rule's documentation.
"""

from __future__ import annotations

import re

from checker.findings import Finding

_IMPERATIVE = "请"


def doc_section(doc: str, heading: str) -> str:
    """The text under ``heading`` in a rule's documentation (sections as in ``guidelint rules``)."""
    match = re.search(rf"^{re.escape(heading)}\s*\n((?:[ \t]+.*(?:\n|$)|\s*\n)+)", doc, re.MULTILINE)
    if match is None:
        return ""
    return " ".join(line.strip() for line in match.group(1).splitlines() if line.strip())


def finding_advice(finding: Finding) -> str:
    """What to write instead for this finding, or "" when its message does not say."""
    if finding.fix is not None and finding.fix.replacement.strip():
        return f"改为「{finding.fix.replacement.strip()}」"
    return message_advice(finding.message)


def message_advice(message: str) -> str:
    """The advising part of a message: from its last top-level "。请" or "；请", else after its last
    top-level "："."""
    for mark in ("。", "；"):
        sentence = _after_last(message, mark + _IMPERATIVE)
        if sentence:
            return _IMPERATIVE + sentence
    return _after_last(message, "：")


def _after_last(text: str, mark: str) -> str:
    """The text after the last ``mark`` that is not inside 「」 or （）; "" when there is none."""
    depth, found = 0, -1
    for i, ch in enumerate(text):
        if ch in "「（":
            depth += 1
        elif ch in "」）":
            depth = max(depth - 1, 0)
        elif depth == 0 and text.startswith(mark, i):
            found = i
    return text[found + len(mark) :].strip() if found >= 0 else ""
