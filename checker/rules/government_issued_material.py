"""检查什么
    必要材料的来源渠道是“政府部门核发”，却没有“免提交”说明窗口如何自行获取。

为什么重要
    《国务院关于在线政务服务的若干规定》第七条：可以通过电子证照或数据共享获取的材料，
    不得要求申请人重复提交。让申请人去另一个部门开证明再送来，是“办不成事”的常见原因。

怎样修改
    在“免提交”中写明获取方式（如“通过市大数据平台共享获取，申请人无需提交”）；
    只对部分申请人免提交的，以条件开头（如“已领取电子营业执照的，……”）。
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.context import Context
from checker.document import GuideDocument
from checker.findings import Problem

ID = "government-issued-material"
SCOPE = "guide"
BAD = {
    "guide.yaml": """\
申请材料:
  - 材料名称: 居民户口簿
    原件份数: 1
    复印件份数: 1
    载体: 纸质
    来源渠道: 政府部门核发
    必要性: 必要
"""
}
GOOD = {
    "guide.yaml": """\
申请材料:
  - 材料名称: 居民户口簿
    原件份数: 1
    复印件份数: 1
    载体: 纸质
    来源渠道: 政府部门核发
    必要性: 必要
    免提交: 本市户籍的，通过人口库共享核验，无需提交
"""
}


def check(doc: GuideDocument, ctx: Context) -> Iterator[Problem]:
    for material in doc.guide.materials:
        if (
            material.name is not None
            and material.source is not None
            and material.source.value == "政府部门核发"
            and material.necessity is not None
            and material.necessity.value == "必要"
            and material.exemption is None
        ):
            yield Problem(
                doc.path,
                material.name.span,
                f"「{material.name.value}」由政府部门核发，应通过数据共享或电子证照获取：请在“免提交”中"
                "写明获取方式；确需申请人提交的，说明原因",
                content=material.name.value,
            )
