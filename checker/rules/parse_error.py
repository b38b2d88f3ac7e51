"""检查什么
    文件无法作为 YAML 文档读取：不是有效的 UTF-8 文本（如 GBK 编码、二进制文件）、YAML 语法错误、
    文件为空，或顶层不是“键: 值”映射。报告指出出错的行和列。
    语法错误按原因说明，并报告在原因所在的行（而不是 YAML 放弃读取的下一行）：值以引号或括号
    开头、后面还有文字（"原件"在有效期内、[限]本市户籍），全角冒号“：”或冒号后缺少空格
    （材料名称:居民身份证），用 Tab 缩进，值以 *、&、%、@、反引号开头。
    值后面空格加“#”紧跟文字（在有效期内 #含临时身份证）时，YAML 把“#”之后当作注释，值被悄悄
    截断：这种情况以警告级别报告（文件仍照常检查）；“# ”后带空格的普通注释不报告。

为什么重要
    无法解析的文件等于没有发布：其他规则都无法检查它，发布系统也可能整份丢弃。

怎样修改
    按提示的行列修正语法（常见的是缩进不齐、冒号后缺空格、引号未闭合），非 UTF-8 文件请另存为 UTF-8。
    值里有引号、括号或以特殊字符开头的，给整个值加引号：受理标准: '"原件"在有效期内'。
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
            yield Problem(doc.path, fault.span, fault.message, severity=fault.severity)
