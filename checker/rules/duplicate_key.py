"""检查什么
    同一个映射里重复出现的键，例如一份指南写了两次“申请材料”。

为什么重要
    YAML 读取时只保留最后一个同名键，前面的内容会被静默丢弃：编写人员以为公示了的第一份
    材料清单，申请人在首都之窗上根本看不到。

怎样修改
    把两处内容合并到一个键下，删除重复的键。
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.context import Context
from checker.document import Document
from checker.findings import Problem, Related

ID = "duplicate-key"
SCOPE = "document"
RAW_EXAMPLES = True
BAD = {
    "guide.yaml": "事项名称: 最低生活保障审批\n受理条件:\n  - 申请人具有本市户籍\n"
    "受理条件:\n  - 家庭人均月收入低于本市最低生活保障标准\n"
}
GOOD = {
    "guide.yaml": "事项名称: 最低生活保障审批\n受理条件:\n  - 申请人具有本市户籍\n"
    "  - 家庭人均月收入低于本市最低生活保障标准\n"
}


def check(doc: Document, ctx: Context) -> Iterator[Problem]:
    for fault in doc.faults:
        if fault.rule == ID:
            related = tuple(Related(doc.path, r.line, r.column, r.message) for r in fault.related)
            yield Problem(doc.path, fault.span, fault.message, related)
