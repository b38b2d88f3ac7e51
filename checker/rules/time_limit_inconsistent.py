"""检查什么
    承诺办结时限超过法定办结时限，或办理流程各环节时限之和超过承诺办结时限。
    工作日与自然日按最保守的方式比较（只计周末，不计节假日）：20 个工作日至少跨 26 个自然日，
    所以超过 20 个自然日；10 个自然日至多含 8 个工作日，所以不超过 20 个工作日。

为什么重要
    承诺时限是对申请人的承诺，只能比法定时限短；各环节加起来超过承诺时限，说明流程或承诺
    有一处写错了，申请人按哪个等都不对。

怎样修改
    核对时限和单位，使 承诺办结时限 ≤ 法定办结时限，且各环节时限之和 ≤ 承诺办结时限
    （环节时限与承诺办结时限同单位）。
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.context import Context
from checker.document import GuideDocument
from checker.findings import Problem
from checker.model import TimeLimit

ID = "time-limit-inconsistent"
SCOPE = "guide"
BAD = {"guide.yaml": "法定办结时限:\n  时限: 20\n  单位: 自然日\n承诺办结时限:\n  时限: 20\n  单位: 工作日\n"}
GOOD = {
    "guide.yaml": "法定办结时限:\n  时限: 20\n  单位: 工作日\n承诺办结时限:\n  时限: 10\n  单位: 自然日\n"
}


def fewest_natural_days(working_days: int) -> int:
    """The shortest calendar span that holds ``working_days`` working days (weekends only)."""
    return working_days + 2 * ((working_days - 1) // 5) if working_days > 0 else 0


def fewest_working_days(natural_days: int) -> int:
    """The fewest working days any run of ``natural_days`` consecutive days holds."""
    weeks, rest = divmod(natural_days, 7)
    return 5 * weeks + max(0, rest - 2)


def exceeds(first: TimeLimit, second: TimeLimit) -> bool:
    """Whether ``first`` is certainly longer than ``second``, whatever their units."""
    if first.unit == second.unit:
        return first.amount > second.amount
    if first.unit == "工作日":
        return fewest_natural_days(first.amount) > second.amount
    return fewest_working_days(first.amount) > second.amount


def _describe(limit: TimeLimit) -> str:
    return f"{limit.amount} 个{limit.unit}"


def check(doc: GuideDocument, ctx: Context) -> Iterator[Problem]:
    guide = doc.guide
    legal, promised = guide.legal_limit, guide.promised_limit
    if legal and promised and exceeds(promised, legal):
        yield Problem(
            doc.path,
            promised.span,
            f"承诺办结时限（{_describe(promised)}）超过法定办结时限（{_describe(legal)}）："
            "承诺时限只能短于或等于法定时限，请核对时限和单位",
            content=f"{_describe(promised)}>{_describe(legal)}",
        )
    limits = [s.limit.value for s in guide.steps if s.limit is not None]
    if promised and limits and sum(limits) > promised.amount:
        where = guide.keys.get("办理流程", promised.span)
        yield Problem(
            doc.path,
            where,
            f"办理流程各环节时限合计 {sum(limits)} 个{promised.unit}，超过承诺办结时限"
            f"（{_describe(promised)}）：请核对各环节时限",
            content=f"steps:{sum(limits)}>{_describe(promised)}",
        )
