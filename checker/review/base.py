"""What review comparisons share: a Change, lines in NEW, and how texts are compared."""

from __future__ import annotations

from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from rapidfuzz import fuzz

from checker.model import Guide, Located, Material, TimeLimit
from checker.text.normalize import clean

# Edited text that still reads as the same condition or standard (rapidfuzz ratio).
SAME_TEXT = 60.0


@dataclass(frozen=True)
class Change:
    """One difference that matters to applicants; ``details`` go into the JSON output as they are."""

    kind: str
    message: str
    line: int
    details: dict[str, Any] = field(default_factory=dict)

    def data(self) -> dict[str, Any]:
        return {"kind": self.kind, "message": self.message, "line": self.line, **self.details}


class Lines:
    """Lines in NEW to point at: a value's own line, else its key's, else the top."""

    def __init__(self, guide: Guide) -> None:
        self.guide = guide

    def key(self, name: str) -> int:
        span = self.guide.keys.get(name)
        return span.line if span is not None else 1

    def of(self, item: Located | TimeLimit | Material | None, key: str) -> int:
        return item.span.line if item is not None else self.key(key)


def plain(text: str) -> str:
    """Text as compared: width, spaces and closing punctuation do not make a change."""
    return clean(text).rstrip("。.;,、")


def value(located: Located | None) -> Any:
    return located.value if located is not None else None


def match_texts(
    before: list[Located[str]], after: list[Located[str]]
) -> tuple[list[tuple[Located[str], Located[str]]], list[Located[str]], list[Located[str]]]:
    """Edited (old, new) texts, then removed and added ones; unchanged texts are left out."""
    old = list(before)
    new = []
    for b in after:
        same = next((a for a in old if plain(a.value) == plain(b.value)), None)
        if same is None:
            new.append(b)
        else:
            old.remove(same)
    edited = []
    added = []
    for b in new:
        scored = [(fuzz.ratio(plain(a.value), plain(b.value)), -k, a) for k, a in enumerate(old)]
        best = max(scored, key=lambda s: s[:2], default=None)
        if best is not None and best[0] >= SAME_TEXT:
            old.remove(best[2])
            edited.append((best[2], b))
        else:
            added.append(b)
    return edited, old, added


def edit_summary(a: str, b: str) -> str | None:
    """Where one edit turns ``a`` into ``b`` ("「1年」改为「6个月」", "删去「或兼职」"); a replaced
    single character is widened by its neighbour ("「一年」改为「两年」"). None when the texts
    differ in several places."""
    regions = [op for op in SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if op[0] != "equal"]
    if len(regions) != 1:
        return None
    _, i1, i2, j1, j2 = regions[0]
    if i1 == i2:
        return f"增加「{b[j1:j2]}」"
    if j1 == j2:
        return f"删去「{a[i1:i2]}」"
    if min(i2 - i1, j2 - j1) < 2:
        if i2 < len(a):
            i2, j2 = i2 + 1, j2 + 1
        elif i1 > 0:
            i1, j1 = i1 - 1, j1 - 1
    return f"「{a[i1:i2]}」改为「{b[j1:j2]}」"
