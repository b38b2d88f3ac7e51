"""检查什么
    窗口收件清单对某份材料的“审查要点”，办事指南中该材料的受理标准、填报须知（以及名称、
    适用情形）没有写明。逐句比较，换一种说法写明的也算写明；阈值见 rules/pairing.yaml。
    只比较已与指南配对的材料（指南没有的材料由 checklist-unpublished-material 报告）。
    带数量、等级的要求按含义比较（与受理前核验相同的读法，词语在 rules/constraints.yaml）：
    审查要点要求“近3个月内开具”、受理标准写“近6个月内开具”，窗口比指南严格，报告中写出两边的
    要求；窗口要求“近12个月内”则比指南宽松，不报告。“近6个月的银行流水”说的是覆盖的期间，
    越长越严。读不出的部分（“加盖社保经办机构业务章”）仍按文字比较。

为什么重要
    窗口按审查要点退件，申请人却只看得到指南：复印件要怎样印、合同要盖什么章，指南不说，
    申请人就会像新闻里那样因“身份证复印件不合格”再跑一趟。这是一次性告知不完整。

怎样修改
    把审查要点写进办事指南中该材料的受理标准或填报须知；窗口不该审查的，删去这条要点。
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.context import Context
from checker.corpus import Pair
from checker.findings import Problem
from checker.pairing import align, name_of, related, requirement_gaps
from checker.pairing.judgement import STRICTER, Gap

ID = "checklist-unpublished-requirement"
SCOPE = "pair"
_GUIDE = """\
申请材料:
  - 材料名称: 居民身份证
    原件份数: 1
    复印件份数: 1
    载体: 纸质
    来源渠道: 政府部门核发
    必要性: 必要
    受理标准: 在有效期内
    免提交: 已领取电子身份证照的，通过电子证照库调取
  - 材料名称: 劳动合同
    原件份数: 1
    复印件份数: 1
    载体: 纸质
    来源渠道: 申请人自备
    必要性: 必要
    受理标准: 合同期限一年以上，加盖用人单位公章
"""
BAD = {
    "guide.yaml": _GUIDE,
    "checklist.yaml": """\
收件材料:
  - 材料名称: 居民身份证
    原件份数: 1
    复印件份数: 1
    审查要点: 在有效期内；复印件须正反面复印在同一张A4纸上
  - 材料名称: 劳动合同
    原件份数: 1
    复印件份数: 1
    审查要点: 合同期限一年以上，加盖用人单位公章
""",
}
GOOD = {
    "guide.yaml": """\
申请材料:
  - 材料名称: 居民身份证
    原件份数: 1
    复印件份数: 1
    载体: 纸质
    来源渠道: 政府部门核发
    必要性: 必要
    受理标准: 在有效期内
    填报须知: 复印件请将正面和反面复印在同一张A4纸上
    免提交: 已领取电子身份证照的，通过电子证照库调取
  - 材料名称: 劳动合同
    原件份数: 1
    复印件份数: 1
    载体: 纸质
    来源渠道: 申请人自备
    必要性: 必要
    受理标准: 合同期限一年以上，加盖用人单位公章
""",
    "checklist.yaml": BAD["checklist.yaml"],
}


def check(pair: Pair, ctx: Context) -> Iterator[Problem]:
    for match in align(pair, ctx).matches:
        material = match.guide
        anchor = material.standards[0] if material.standards else name_of(material)
        for window in (match.window, *match.alternatives, *match.repeats):
            for point in window.review_points:
                gaps = requirement_gaps(point.value, material, ctx.vocabulary)
                if not gaps:
                    continue
                missing = "；".join(g.window for g in gaps)
                yield Problem(
                    pair.checklist.path,
                    point.span,
                    f"窗口审查「{name_of(window).value}」时要求「{missing}」，" + _what_the_guide_says(gaps),
                    (related(pair.guide, anchor.span, f"办事指南中「{name_of(material).value}」的受理标准"),),
                    content=f"{name_of(window).value}:{missing}",
                )


def _what_the_guide_says(gaps: list[Gap]) -> str:
    looser = [g for g in gaps if g.kind == STRICTER]
    if looser:
        stated = "；".join(f"「{g.window}」只要求「{g.guide}」" for g in looser)
        return f"办事指南中该材料{stated}（一次性告知不完整）：请在受理标准或填报须知中写明窗口实际的要求"
    return "办事指南中该材料的受理标准和填报须知没有写明（一次性告知不完整）：请写进该材料的受理标准或填报须知"
