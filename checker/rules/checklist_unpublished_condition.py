"""检查什么
    窗口收件清单的“受理前核验”中有一条条件，办事指南的“受理条件”里没有写明，或写得比窗口
    宽松。条件按含义比较：先读出每条条件要求的是谁（申请人、男女双方、夫妻一方或双方、用人
    单位、家庭成员……）、什么（户籍、年龄、学历、职称、社会保险、纳税、犯罪记录……）、多少
    （年满22周岁、不超过45周岁、满3年、半年以上，单位换算后比较）、全部还是其一（双方均、
    一方或双方、“符合下列条件之一”、“……或……”）以及是否否定（无、未、不得）。词语在
    rules/constraints.yaml。

    - 指南对同一个人写了同样或更严的要求，算写明（“男女双方均为中国公民”已由“内地居民”写明）；
    - 指南写得更宽（女方年满20周岁 → 22周岁，内地居民 → 本市户籍，本科 → 硕士，一方或双方 →
      双方均，没有写年限 → 户籍满5年），报告“窗口要求……，办事指南只要求……”；
    - 指南把它列为可选条件之一（“本科学历，或中级职称”），窗口却当作必备条件核验，报告窗口
      把满足其他条件的申请人拒之门外；
    - 指南的受理条件根本没有说到这个人的这项要求（无犯罪记录、用人单位依法纳税），报告未写明。

    读不出要求的条件（“男女双方亲自到婚姻登记机关共同申请”）按文字比较：换一种说法写明的也
    算写明（“主申请人名下无本市登记的小客车”已由“家庭成员名下均无本市登记的小客车”写明），
    比较的是去掉虚词后的内容词和相邻字对，阈值见 rules/pairing.yaml。指南在某份材料的受理
    标准中写明的（“合同期限一年以上”）也算写明。

为什么重要
    申请人按指南准备齐全，到窗口才知道还要满足另一个条件（如工资和社会保险须由同一用人
    单位发放和缴纳），或窗口的门槛比指南高（指南写女方年满20周岁，窗口按22周岁核验），
    这次申请就办不成，往往还要先去别处办理。

示例
    指南：男方年满22周岁，女方年满20周岁；窗口核验：男方年满22周岁，女方年满22周岁
    → 窗口要求「女方年满22周岁」，办事指南只要求「女方年满20周岁」。

怎样修改
    把这一条件写进办事指南的受理条件，写清楚怎样才算满足；窗口无权增设或提高的条件，按指南
    核验；指南中的可选条件，窗口也按可选条件核验。
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.context import Context
from checker.corpus import Pair
from checker.findings import Problem
from checker.pairing import best_condition, related, settings, verify_condition
from checker.pairing.judgement import NARROWER, STRICTER, UNPUBLISHED, Gap
from checker.text.normalize import clean

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
    guide, checklist = pair.guide.guide, pair.checklist.checklist
    threshold = settings().condition_coverage
    for verification in checklist.verifications:
        verdict = verify_condition(verification.value, guide.conditions, guide.materials, ctx.vocabulary)
        if verdict.published:
            continue
        nearest, score = best_condition(verification.value, guide.conditions, ctx.vocabulary)
        if nearest is not None and score >= threshold / 2:
            where = related(pair.guide, nearest.span, "办事指南中最接近的受理条件")
        else:
            where = related(pair.guide, guide.keys.get("受理条件", guide.span), "办事指南的受理条件")
        yield Problem(
            pair.checklist.path,
            verification.span,
            f"窗口受理前核验「{verification.value}」{_opening(verdict.gaps, verification.value)}"
            + "；".join(_explain(gap, verification.value) for gap in verdict.gaps),
            (where,),
            content=verification.value,
        )


def _opening(gaps: tuple[Gap, ...], verification: str) -> str:
    """ "，" before what is said of the whole verification, "：" before what is said of its parts."""
    return "，" if gaps[0].kind == UNPUBLISHED and gaps[0].window == clean(verification) else "："


def _explain(gap: Gap, verification: str) -> str:
    """One sentence on what the window demands beyond the guide."""
    if gap.kind == STRICTER:
        return (
            f"窗口要求「{gap.window}」，办事指南只要求「{gap.guide}」：按指南准备的申请人到窗口才知道"
            "不符合。请在受理条件中写明窗口实际的要求，或按指南的条件核验"
        )
    if gap.kind == NARROWER:
        return (
            f"窗口把「{gap.window}」作为必须满足的条件核验，办事指南中它只是可选条件之一（「{gap.guide}」）："
            "满足其他条件的申请人会被拒之门外。请按指南的可选条件核验，或修改受理条件"
        )
    which = "" if gap.window == clean(verification) else f"其中「{gap.window}」"
    return f"{which}办事指南的受理条件没有写明：申请人事先无从知道。请把这一条件写进受理条件，或不再核验"
