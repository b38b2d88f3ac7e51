"""检查什么
    窗口收件清单的“受理前核验”中有一条条件，办事指南的“受理条件”里没有写明。换一种说法
    写明的也算写明（“主申请人名下无本市登记的小客车”已由“家庭成员名下均无本市登记的小客车”
    写明）：比较的是去掉虚词后的内容词和相邻字对，阈值见 rules/pairing.yaml。指南在某份材料的
    受理标准中写明的（“合同期限一年以上”）也算写明。

为什么重要
    申请人按指南准备齐全，到窗口才知道还要满足另一个条件（如工资和社会保险须由同一用人
    单位发放和缴纳），这次申请就办不成，往往还要先去别处办理。

怎样修改
    把这一条件写进办事指南的受理条件，写清楚怎样才算满足；窗口无权增设的条件，不再核验。
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.context import Context
from checker.corpus import Pair
from checker.findings import Problem
from checker.pairing import best_condition, condition_stated, related, settings

ID = "checklist-unpublished-condition"
SCOPE = "pair"
BAD = {
    "guide.yaml": """\
受理条件:
  - 申请人在本市用人单位工作，并与用人单位签订一年以上劳动合同
""",
    "checklist.yaml": """\
受理前核验:
  - 申请人的工资与社会保险由同一用人单位发放和缴纳
""",
}
GOOD = {
    "guide.yaml": """\
受理条件:
  - 申请人在本市用人单位工作，并与用人单位签订一年以上劳动合同
  - 申请人的工资由用人单位发放，社会保险由同一用人单位缴纳
""",
    "checklist.yaml": BAD["checklist.yaml"],
}


def check(pair: Pair, ctx: Context) -> Iterator[Problem]:
    guide = pair.guide.guide
    threshold = settings().condition_coverage
    for verification in pair.checklist.checklist.verifications:
        if condition_stated(verification.value, guide.conditions, guide.materials, ctx.vocabulary):
            continue
        nearest, score = best_condition(verification.value, guide.conditions, ctx.vocabulary)
        if nearest is not None and score >= threshold / 2:
            where = related(pair.guide, nearest.span, "办事指南中最接近的受理条件")
        else:
            where = related(pair.guide, guide.keys.get("受理条件", guide.span), "办事指南的受理条件")
        yield Problem(
            pair.checklist.path,
            verification.span,
            f"窗口受理前核验「{verification.value}」，办事指南的受理条件没有写明：申请人事先无从知道。"
            "请把这一条件写进受理条件，或不再核验",
            (where,),
            content=verification.value,
        )
