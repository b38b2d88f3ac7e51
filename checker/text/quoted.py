"""Conditions that are the law's words: they cite the law they come from.

Real guides fill 受理条件 with the article they rest on: "根据《固定资产投资项目节能审查办法》第八条，
……", or a lead-in "根据《……》第二十条规定：……应当具备下列条件：" followed by the article's items.
Like 设定依据 these are the legislator's wording; the editor's fix is to state the condition, which
the wording rules cannot tell apart from the quote, so they leave such items alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

_CITES = re.compile(
    r"^\s*(?:[(（]?[0-9一二三四五六七八九十]+[)）.、．]\s*)?(?:根据|依据|按照|依照)《[^《》]+》"
)
_LEAD_IN = re.compile(r"[：:]\s*$")


def law_quoted(conditions: Sequence[str]) -> list[bool]:
    """For each condition, whether it is quoted law: it opens by citing a law, or a condition
    before it cites a law and leads in to the items that follow (ends with "：")."""
    quoted, leading = [], False
    for text in conditions:
        cites = bool(_CITES.match(text))
        quoted.append(cites or leading)
        leading = leading or (cites and bool(_LEAD_IN.search(text)))
    return quoted


class _Text(Protocol):
    @property
    def value(self) -> str: ...


T = TypeVar("T", bound=_Text)


def own_conditions(conditions: Sequence[T]) -> list[T]:
    """The conditions in the editor's own words (those that are not quoted law)."""
    return [
        c
        for c, quoted in zip(conditions, law_quoted([c.value for c in conditions]), strict=True)
        if not quoted
    ]
