"""The overall verdict of a review: does the change make the applicant's burden heavier, lighter,
or leave it as it was — and which changes say so, the weightiest first.

Each change weighs from -3 (much lighter) to +3 (much heavier): a material, a condition, a visit
or a fee added or dropped weighs 3; delegation, a channel, 告知承诺 and the promised time limit
2; counts of copies, the statutory limit and a step's time 1. Changes the applicant must notice
but that are neither heavier nor lighter (a new address, edited wording) weigh 0 and are listed
after the weighed ones. A removed condition is lighter, unless its message says applicants can no
longer apply (a dropped alternative shuts some out).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from checker.review.base import Change

HEAVIER, LIGHTER, SAME = "加重", "减轻", "不变"
NEW_ITEM, REMOVED_ITEM, UNJUDGED = "新发布", "已删除", "无法判断"  # a side absent, or unreadable
SHUTS_OUT = ("无法办理", "不能再办理", "不能办理", "拒之门外")


def _calendar_days(text: object) -> float | None:
    match = re.match(r"(\d+) 个(工作日|自然日)", str(text))
    if match is None:
        return None
    amount = int(match.group(1))
    return amount * 7 / 5 if match.group(2) == "工作日" else float(amount)


def _compare(old: object, new: object, weight: int) -> int:
    """``weight`` when NEW is more than OLD, ``-weight`` when less, 0 otherwise."""
    if isinstance(old, (int, float)) and isinstance(new, (int, float)) and old != new:
        return weight if new > old else -weight
    return 0


def _time_limit(change: Change) -> int:
    weight = 2 if change.details.get("field") == "承诺办结时限" else 1
    return _compare(
        _calendar_days(change.details.get("old")), _calendar_days(change.details.get("new")), weight
    )


def _material(change: Change) -> int:
    message = change.message
    if change.details.get("field") in ("原件份数", "复印件份数"):
        return 1 if "需多" in message else -1
    if change.details.get("field") == "必要性":
        return 2 if "所有申请人都须提交" in message else -2
    if change.details.get("field") == "免提交":
        return -2 if "新增免提交" in message else 2 if "不再写明免提交" in message else 0
    return 0


def _fee(change: Change) -> int:
    """Free to paid is heavier, paid to free lighter; a new fee standard cannot be weighed."""
    return {("否", "是"): 3, ("是", "否"): -3}.get(
        (str(change.details.get("old")), str(change.details.get("new"))), 0
    )


def _shuts_out(change: Change) -> bool:
    return any(words in change.message for words in SHUTS_OUT)


def _removed_condition(change: Change) -> int:
    return 3 if _shuts_out(change) else -3


def _choice(heavier_value: str) -> Callable[[Change], int]:
    return lambda change: 2 if change.details.get("new") == heavier_value else -2


WEIGHTS: dict[str, Callable[[Change], int]] = {
    "material-added": lambda c: 3,
    "material-removed": lambda c: -3,
    "material-changed": _material,
    "condition-added": lambda c: 3,
    "condition-removed": _removed_condition,
    "condition-changed": lambda c: 3 if _shuts_out(c) else 0,  # an alternative dropped shuts some out
    "time-limit-changed": _time_limit,
    "fee-changed": _fee,
    "visits-changed": lambda c: _compare(c.details.get("old"), c.details.get("new"), 3),
    "channel-changed": lambda c: 2 if "removed" in c.details else -2,
    "delegation-changed": _choice("不可以"),
    "commitment-changed": _choice("不支持"),
    "step-changed": lambda c: _compare(c.details.get("old"), c.details.get("new"), 1),
    "window-material-added": lambda c: 3,
    "window-material-removed": lambda c: -3,
    "window-material-changed": lambda c: 1 if "需多" in c.message else -1,
    "window-check-added": lambda c: 3,
    "window-check-removed": lambda c: -3,
}


def weight(change: Change) -> int:
    """How much heavier (> 0) or lighter (< 0) the change makes the applicant's burden."""
    weigh = WEIGHTS.get(change.kind)
    return weigh(change) if weigh is not None else 0


@dataclass(frozen=True)
class Verdict:
    burden: str  # 加重, 减轻, 不变; 新发布 or 已删除 when one side is absent, 无法判断 when unreadable
    reasons: list[Change]  # the weighed changes, weightiest first, then the others
    heavier: int
    lighter: int

    @property
    def headline(self) -> str:
        counts = [f"{n} 处{word}" for n, word in ((self.heavier, HEAVIER), (self.lighter, LIGHTER)) if n]
        told = f"（{'，'.join(counts)}）" if counts and self.burden in (HEAVIER, LIGHTER) else ""
        return f"申请人负担：{self.burden}{told}"

    def data(self) -> dict:
        return {
            "burden": self.burden,
            "heavier": self.heavier,
            "lighter": self.lighter,
            "reasons": [{"kind": c.kind, "weight": weight(c), "message": c.message} for c in self.reasons],
        }


def judge(changes: list[Change], absent: str = "") -> Verdict:
    """The verdict over ``changes``; ``absent`` is NEW_ITEM, REMOVED_ITEM or UNJUDGED when a side
    is missing or unreadable."""
    weighed = [(weight(c), n, c) for n, c in enumerate(changes)]
    reasons = [c for w, n, c in sorted(weighed, key=lambda t: (t[0] == 0, -abs(t[0]), -t[0], t[1]))]
    heavier = sum(1 for w, _, _ in weighed if w > 0)
    lighter = sum(1 for w, _, _ in weighed if w < 0)
    total = sum(w for w, _, _ in weighed)
    burden = absent or (HEAVIER if total > 0 else LIGHTER if total < 0 else SAME)
    if not absent and total == 0 and heavier:
        burden = HEAVIER  # as much lighter as heavier: someone still carries more
    return Verdict(burden, reasons, heavier, lighter)
