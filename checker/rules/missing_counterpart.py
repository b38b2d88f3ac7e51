"""检查什么
    一份办事指南没有实施编码相同的窗口收件清单，或一份收件清单没有对应的办事指南。
    只在检查范围内有收件清单时才报告（单独检查几份指南时不报）。

为什么重要
    没有收件清单，就无法核对窗口实际收什么；没有指南的收件清单，窗口收取的材料申请人无从知道。

怎样修改
    为事项补充收件清单或指南，或核对两者的实施编码是否一致。
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.context import Context
from checker.corpus import Corpus
from checker.findings import Problem, Span
from checker.model import Checklist, Guide

ID = "missing-counterpart"
SCOPE = "corpus"
BAD = {
    "a/guide.yaml": "事项名称: 北京市工作居住证办理\n",
    "b/checklist.yaml": "实施编码: 11110107MB0000001X4000117009\n",
}
GOOD = {
    "a/guide.yaml": "事项名称: 北京市工作居住证办理\n",
    "a/checklist.yaml": "窗口: 综合受理窗口3号\n",
}


def check(corpus: Corpus, ctx: Context) -> Iterator[Problem]:
    if not corpus.checklists_by_code:
        return
    for code, guides in corpus.guides_by_code.items():
        if code not in corpus.checklists_by_code:
            for doc in guides:
                yield Problem(
                    doc.path,
                    _code_span(doc.guide),
                    f"没有找到实施编码为「{code}」的窗口收件清单：无法核对窗口实际收取的材料",
                    content=code,
                )
    for code, checklists in corpus.checklists_by_code.items():
        if code not in corpus.guides_by_code:
            for checklist in checklists:
                yield Problem(
                    checklist.path,
                    _code_span(checklist.checklist),
                    f"没有找到实施编码为「{code}」的办事指南：窗口收取的材料申请人无从得知，请核对编码",
                    content=code,
                )


def _code_span(indexed: Guide | Checklist) -> Span:
    """Where the 实施编码 by which the corpus indexed a guide or checklist stands."""
    return indexed.code.span if indexed.code is not None else indexed.span
