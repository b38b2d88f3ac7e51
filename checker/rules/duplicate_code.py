"""检查什么
    两份办事指南使用同一个实施编码，或两份收件清单使用同一个实施编码。一个事项可以在
    几个窗口受理（如综合窗口和街道窗口），放在同一事项目录下、“窗口”各不相同的收件清单
    共用事项的实施编码，不算重复。

为什么重要
    实施编码在同一实施主体内唯一，用来关联指南和窗口收件清单；重复的编码会让窗口清单
    对到错误的指南上，首都之窗也只会显示其中一份。

怎样修改
    核对编码：复制旧指南新建事项时最容易忘记修改编码。
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence

from checker.context import Context
from checker.corpus import Corpus
from checker.document import ChecklistDocument, GuideDocument
from checker.findings import Problem, Related, Span
from checker.model import Checklist, Guide

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


def _code_span(doc: GuideDocument | ChecklistDocument) -> Span:
    indexed: Guide | Checklist = doc.guide if isinstance(doc, GuideDocument) else doc.checklist
    return indexed.code.span if indexed.code is not None else indexed.span


def _clashing(docs: list[ChecklistDocument]) -> list[list[ChecklistDocument]]:
    """Checklists of one 实施编码 that clash. The windows of one item keep their checklists in
    the item's folder and may share its code; elsewhere a shared code is a copy-paste slip."""
    if len({os.path.dirname(doc.path) for doc in docs}) > 1:
        return [docs]
    by_window: dict[str, list[ChecklistDocument]] = {}
    for doc in docs:
        window = doc.checklist.window
        by_window.setdefault(window.value if window else "", []).append(doc)
    return list(by_window.values())


def _groups(corpus: Corpus) -> Iterator[tuple[str, str, Sequence[GuideDocument | ChecklistDocument]]]:
    for code, guides in corpus.guides_by_code.items():
        yield "办事指南", code, guides
    for code, checklists in corpus.checklists_by_code.items():
        for group in _clashing(checklists):
            yield "收件清单", code, group


def check(corpus: Corpus, ctx: Context) -> Iterator[Problem]:
    for label, code, docs in _groups(corpus):
        if len(docs) >= 2:
            first = docs[0]
            first_span = _code_span(first)
            for doc in docs[1:]:
                yield Problem(
                    doc.path,
                    _code_span(doc),
                    f"实施编码「{code}」与另一份{label}重复：编码用于关联指南和收件清单，必须唯一",
                    (Related(first.path, first_span.line, first_span.column, f"使用同一编码的{label}"),),
                    content=code,
                )
