"""检查什么
    办事指南写明某份材料免提交（通过数据共享、电子证照等由窗口自行获取），且不附条件，
    窗口收件清单却仍然收取这份材料。以条件开头的免提交（“已领取电子营业执照的，……”
    “本市户籍的，……”）只免除这部分申请人，窗口向其他申请人收取不报告。

为什么重要
    《国务院关于在线政务服务的若干规定》：能够通过共享获取的材料，不得要求申请人重复提交。
    指南已公开承诺免提交，窗口仍收，申请人没带就会被退回。

怎样修改
    从收件清单中删去这份材料，由窗口按指南所述方式获取；确实只对部分申请人免提交的，在
    指南的“免提交”中以条件开头写明适用对象。
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.context import Context
from checker.corpus import Pair
from checker.examples import append_materials
from checker.findings import Problem
from checker.pairing import align, exemption_is_conditional, name_of, related

ID = "checklist-ignores-exemption"
SCOPE = "pair"
BAD = {
    "guide.yaml": """\
申请材料:
  - 材料名称: 居民身份证
    原件份数: 1
    复印件份数: 1
    载体: 纸质
    来源渠道: 政府部门核发
    必要性: 必要
    受理标准: 在有效期内
    免提交: 通过市大数据平台共享获取，申请人无需提交
  - 材料名称: 劳动合同
    原件份数: 1
    复印件份数: 1
    载体: 纸质
    来源渠道: 申请人自备
    必要性: 必要
    受理标准: 合同期限一年以上，加盖用人单位公章
""",
    "checklist.yaml": append_materials("checklist.yaml"),
}
GOOD = {
    "guide.yaml": BAD["guide.yaml"],
    "checklist.yaml": """\
收件材料:
  - 材料名称: 劳动合同
    原件份数: 1
    复印件份数: 1
    审查要点: 合同期限一年以上，加盖用人单位公章
""",
}


def check(pair: Pair, ctx: Context) -> Iterator[Problem]:
    for match in align(pair, ctx).matches:
        exemption = match.guide.exemption
        if exemption is None or exemption_is_conditional(exemption.value):
            continue
        name = name_of(match.window).value
        yield Problem(
            pair.checklist.path,
            name_of(match.window).span,
            f"办事指南写明「{name_of(match.guide).value}」免提交（{exemption.value}），窗口仍收取「{name}」："
            "请从收件清单中删去，由窗口按指南所述方式获取",
            (related(pair.guide, exemption.span, "办事指南的免提交说明"),),
            content=name,
        )
