"""检查什么
    文档不符合办事指南或收件清单的格式：缺少必填项、值的类型不对（如份数写成文字、编码写成数字）、
    值不在允许范围内（如“事项类型”“必要性”），或出现未知的键（会提示最接近的已知键，
    如“申请材枓”→“申请材料”）。格式定义可用 guidelint schema guide|checklist 查看。

为什么重要
    缺项或写错键名的内容不会出现在发布的指南里；类型不对的值无法被系统比对和统计。

怎样修改
    按提示补齐必填项、改正键名和取值。在编辑器中引用 JSON Schema 可以边写边校验：
    # yaml-language-server: $schema=<guidelint schema guide 的输出文件>
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.context import Context
from checker.document import Document
from checker.findings import Problem

ID = "schema-invalid"
SCOPE = "document"
BAD = {"guide.yaml": "到现场次数: 一次\n申请材枓:\n  - 材料名称: 居民身份证\n"}
GOOD = {"guide.yaml": "到现场次数: 1\n"}


def check(doc: Document, ctx: Context) -> Iterator[Problem]:
    for span, message in doc.schema_problems:
        yield Problem(doc.path, span, message)
