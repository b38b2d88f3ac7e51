"""检查什么
    申请人读了材料说明仍不知道该带什么：
    - 必要性为“非必要”或“容缺后补”，却没有写“适用情形”（什么情况下要带）；
    - 纸质材料的原件份数和复印件份数都是 0（到底要不要带）；
    - 需要申请人填写的表格（申请表、申请书、登记表、承诺书……）没有提供“空白表格”；
      来源渠道为“政府部门核发”“中介机构出具”的表格由出具方填写，不要求空白表格，
      名称写明出具单位的（“组织、人社部门出具的……登记表”“政治部门批准文书和审批表”）也是。
    材料名称中写明了适用条件的，等于写了适用情形：括号中以“限”“仅限”开头或以“的除外”“者提供”
    结尾（“亲子鉴定报告（限随父落户）”“同意落户承诺书（落社区集体户的除外）”），或名称以条件分句开头
    （“公民死于医疗卫生单位的，凭《死亡医学证明》办理”）。这些标记词在 rules/catalogue.yaml。
    缺少必填键由 schema-invalid 报告。

为什么重要
    “非必要”而不说何时必要，申请人只能都带或赌一把；拿不到空白表格就只能到窗口现填，
    多跑一次。

怎样修改
    写明适用情形（如“申请人委托他人办理的”），写明原件、复印件份数，为表格提供空白表格的
    文件名或下载地址。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker.context import Context
from checker.document import GuideDocument
from checker.findings import Problem
from checker.model import Material
from checker.text.stated import condition_in_name, names_issuer

ID = "material-incomplete"
SCOPE = "guide"
BAD = {
    "guide.yaml": """\
申请材料:
  - 材料名称: 授权委托书
    原件份数: 1
    复印件份数: 0
    载体: 纸质
    来源渠道: 申请人自备
    必要性: 非必要
  - 材料名称: 北京市工作居住证申请表
    原件份数: 1
    复印件份数: 0
    载体: 纸质
    来源渠道: 申请人自备
    必要性: 必要
"""
}
GOOD = {
    "guide.yaml": """\
申请材料:
  - 材料名称: 授权委托书
    原件份数: 1
    复印件份数: 0
    载体: 纸质
    来源渠道: 申请人自备
    必要性: 非必要
    适用情形: 委托他人代为办理的
    空白表格: 授权委托书（样式）.docx
  - 材料名称: 北京市工作居住证申请表
    原件份数: 1
    复印件份数: 0
    载体: 纸质
    来源渠道: 申请人自备
    必要性: 必要
    空白表格: https://rsj.beijing.gov.cn/xxgk/gzjzz/sqb.docx
"""
}


def check(doc: GuideDocument, ctx: Context) -> Iterator[Problem]:
    suffixes = ctx.vocabulary.form_suffixes
    for material in doc.guide.materials:
        if material.name is None:
            continue
        name = material.name.value
        necessity = material.necessity
        stated = condition_in_name(name, ctx.vocabulary.condition_openers, ctx.vocabulary.condition_endings)
        if necessity and necessity.value != "必要" and material.applies_when is None and stated is None:
            yield Problem(
                doc.path,
                necessity.span,
                f"「{name}」为{necessity.value}材料，却没有写“适用情形”：申请人无法判断是否要带；"
                "请写明在什么情况下需要提交",
                content=f"applies:{name}",
            )
        if (
            material.medium is not None
            and material.medium.value == "纸质"
            and material.originals is not None
            and material.copies is not None
            and material.originals.value == 0
            and material.copies.value == 0
        ):
            yield Problem(
                doc.path,
                material.name.span,
                f"纸质材料「{name}」的原件份数和复印件份数都是 0：请写明需出示原件还是提交复印件，各几份",
                content=f"counts:{name}",
            )
        if (
            _is_form(name, suffixes)
            and _filled_in(material)
            and not names_issuer(name, ctx.vocabulary.issuer_markers)
            and material.blank_form is None
        ):
            yield Problem(
                doc.path,
                material.name.span,
                f"「{name}」需要申请人填写，却没有提供“空白表格”：请写明表格文件名或下载地址",
                content=f"form:{name}",
            )


_BRACKETED = re.compile(r"（[^（）]*）|\([^()]*\)")


def _filled_in(material: Material) -> bool:
    """Whether the applicant fills the form in: not one an authority or agency issues
    (an approval form, a 学信网 备案表 printed by the issuer)."""
    return material.source is None or material.source.value not in ("政府部门核发", "中介机构出具")


def _is_form(name: str, suffixes: tuple[str, ...]) -> bool:
    core = _BRACKETED.sub("", name).strip("《》")
    return core.endswith(suffixes)
