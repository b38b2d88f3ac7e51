"""检查什么
    文件无法作为 YAML 文档读取：不是有效的 UTF-8 文本（如 GBK 编码、二进制文件）、YAML 语法错误、
    文件为空，或顶层不是“键: 值”映射。报告指出出错的行和列。

为什么重要
    无法解析的文件等于没有发布：其他规则都无法检查它，发布系统也可能整份丢弃。

怎样修改
    按提示的行列修正语法（常见的是缩进不齐、冒号后缺空格、引号未闭合），非 UTF-8 文件请另存为 UTF-8。
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.context import Context
from checker.document import Document
from checker.findings import Problem

ID = "parse-error"
SCOPE = "document"
RAW_EXAMPLES = True
BAD = {"guide.yaml": "事项名称: 最低生活保障审批\n申请材料:\n  - 材料名称: 居民身份证\n   原件份数: 1\n"}
GOOD = {"guide.yaml": "事项名称: 最低生活保障审批\n申请材料:\n  - 材料名称: 居民身份证\n    原件份数: 1\n"}


def check(doc: Document, ctx: Context) -> Iterator[Problem]:
    for fault in doc.faults:
        if fault.rule == ID:
            yield Problem(doc.path, fault.span, fault.message)
