"""检查什么
    两份办事指南（或两份收件清单）使用同一个实施编码。

为什么重要
    实施编码在同一实施主体内唯一，用来关联指南和窗口收件清单；重复的编码会让窗口清单
    对到错误的指南上，首都之窗也只会显示其中一份。

怎样修改
    核对编码：复制旧指南新建事项时最容易忘记修改编码。
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.corpus import Corpus
from checker.document import Document
from checker.findings import Problem, Related

ID = "duplicate-code"
SCOPE = "corpus"
BAD = {
    "a/guide.yaml": "事项名称: 北京市工作居住证办理\n",
    "b/guide.yaml": "事项名称: 北京市工作居住证变更\n",
}
GOOD = {
    "a/guide.yaml": "事项名称: 北京市工作居住证办理\n",
    "b/guide.yaml": "事项名称: 北京市工作居住证变更\n实施编码: 11110107MB0000001X4000117002\n",
}


def _code(doc: Document):
    return (doc.guide or doc.checklist).code


def check(corpus: Corpus, ctx) -> Iterator[Problem]:
    for label, index in (("办事指南", corpus.guides_by_code), ("收件清单", corpus.checklists_by_code)):
        for code, docs in index.items():
            if len(docs) < 2:
                continue
            first = docs[0]
            first_span = _code(first).span
            for doc in docs[1:]:
                yield Problem(
                    doc.path,
                    _code(doc).span,
                    f"实施编码「{code}」与另一份{label}重复：编码用于关联指南和收件清单，必须唯一",
                    (Related(first.path, first_span.line, first_span.column, f"使用同一编码的{label}"),),
                    content=code,
                )
