"""检查什么
    办事指南“申请材料”和窗口收件清单“收件材料”的材料名称中，证照的俗称或旧称：身份证、
    二代身份证（规范名称“居民身份证”），户口本（“居民户口簿”）……对照表见 rules/glossary.yaml。
    只在俗称作为完整词出现时报告：“身份证号码”“法定代表人身份证明书”中的“身份证”不是俗称；
    后接表格名称的是该证照的申请表格（“残疾人证申请表”，表格词见 glossary.yaml 的 form_endings）。
    书名号中的材料名称照常检查（“凭《死亡医学证明》办理”）；错别字也是俗称（“户口薄”→“居民户口簿”），
    半角括号与全角括号同样对待。

为什么重要
    同一证照在指南、收件清单和电子证照库里叫法不一，窗口比对材料、系统共享调取都会对不上；
    规范名称也让申请人确切知道要带哪一种证件。

怎样修改
    改用规范名称。`guidelint check --fix` 会自动改写：只替换俗称这几个字，注释、引号、缩进、
    换行符和其余内容都不动。带转义字符的引号字符串或多行文本无法精确定位，只报告、不自动改。
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.context import Context
from checker.document import Document
from checker.findings import Fix, Problem, Span
from checker.text.match import matchers

ID = "nonstandard-name"
SCOPE = "document"
BAD = {
    "guide.yaml": """\
申请材料:
  - 材料名称: 身份证
    原件份数: 1
    复印件份数: 1
    载体: 纸质
    来源渠道: 政府部门核发
    必要性: 必要
    受理标准: 在有效期内
    免提交: 已领取电子身份证照的，通过电子证照库调取
""",
    "checklist.yaml": """\
收件材料:
  - 材料名称: 户口本首页
    原件份数: 1
    复印件份数: 1
""",
}
GOOD = {
    "guide.yaml": """\
申请材料:
  - 材料名称: 居民身份证
    原件份数: 1
    复印件份数: 1
    载体: 纸质
    来源渠道: 政府部门核发
    必要性: 必要
    受理标准: 在有效期内，身份证号码与申请表一致
    免提交: 已领取电子身份证照的，通过电子证照库调取
""",
    "checklist.yaml": """\
收件材料:
  - 材料名称: 居民户口簿首页
    原件份数: 1
    复印件份数: 1
""",
}


def check(doc: Document, ctx: Context) -> Iterator[Problem]:
    if doc.guide is not None:
        names = [m.name for m in doc.guide.materials]
    elif doc.checklist is not None:
        names = [m.name for m in doc.checklist.materials]
    else:
        return
    match = matchers(ctx.vocabulary)
    for name in names:
        if name is None:
            continue
        for hit in match.variants(name.value, titled=True):  # 凭《死亡医学证明》办理: a name in 《》
            canonical = ctx.vocabulary.variants[hit.term]
            span = name.sub_span(hit.start, hit.end)
            yield Problem(
                doc.path,
                span,
                f"「{hit.term}」不是规范名称，应写作「{canonical}」",
                fix=Fix(span, canonical) if _exactly(doc, span, hit.term) else None,
                content=f"{hit.term}|{name.value}",
            )


def _exactly(doc: Document, span: Span, variant: str) -> bool:
    """Whether ``span`` covers exactly the variant's characters in the file, so replacing it
    changes nothing else (not so for a quoted value with escapes, or a value over several lines:
    there the span is the whole value)."""
    line = doc.source_line(span.line)
    return span.line == span.end_line and line[span.column - 1 : span.end_column - 1] == variant
