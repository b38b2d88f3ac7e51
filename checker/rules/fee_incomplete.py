"""检查什么
    “是否收费”为“是”，却没有写“收费标准”或“收费依据”。

为什么重要
    申请人需要事先知道交多少钱、凭什么交；缺了标准要多跑一次去问，缺了依据无从监督。

怎样修改
    写明收费标准（金额及计算方式）和收费依据（文件名称和文号）。
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.context import Context
from checker.document import GuideDocument
from checker.findings import Problem

ID = "fee-incomplete"
SCOPE = "guide"
BAD = {"guide.yaml": "是否收费: 是\n"}
GOOD = {
    "guide.yaml": "是否收费: 是\n收费标准: 工本费每证 10 元\n"
    "收费依据: 《关于规范户籍管理工本费收费标准的通知》（京价（收）字〔2003〕123号）\n"
}


def check(doc: GuideDocument, ctx: Context) -> Iterator[Problem]:
    guide = doc.guide
    if guide.fee is None or guide.fee.value != "是":
        return
    missing = [
        label
        for label, value in (("收费标准", guide.fee_standard), ("收费依据", guide.fee_basis))
        if value is None
    ]
    if missing:
        yield Problem(
            doc.path,
            guide.fee.span,
            f"事项收费，但未写明{'和'.join(missing)}：请写明收费金额及计算方式、收费文件名称和文号",
            content="、".join(missing),
        )
