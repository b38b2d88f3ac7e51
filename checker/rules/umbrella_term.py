"""检查什么
    申请材料的“材料名称”或“受理条件”用了笼统名称（身份证明、有效身份证件、婚姻状况证明、
    相关证明、证明材料……），而材料名称和它的“受理标准”都没有列出具体可接受哪些证件。
    名称或受理标准已经列明（如“身份证明（居民身份证或护照）”）的不报告；没有固定范围的笼统名称
    （收入证明、相关证明），受理标准写明了出具单位和须载明的内容（“由所在单位出具，载明……”）的
    也不报告。“劳动合同或相关证明”中的劳动合同是另一种选择，不算列明了“相关证明”的范围。
    “其他有效身份证件”这类写法是兜底条款，由 catch-all-clause 报告。
    笼统名称后接冒号和编号列举（“家庭生活支出相关有效证明材料：(1)……(2)……”）算列明；名称开头的
    条件分句中的笼统名称不是要带的材料（“无法取得医院出具的死亡证明的，凭……证明办理”）；引用法律的
    受理条件不检查（见 catch-all-clause）。填报须知（上传提示）列明的也算列明；指南在某一项中列明并注明
    “下同”的笼统名称（“居民身份证、护照等有效身份证件（下同）”），或在列表后的注释行中列明的（“注：以上
    身份证明指居民身份证或护照”），其余各项再用时不报告。

为什么重要
    指南写“身份证明”，窗口只收居民身份证，带社保卡来的申请人被退回：笼统名称让申请人猜，
    猜错就多跑一趟。一次性告知要求写明具体材料。

怎样修改
    在材料名称或“受理标准”中列出可接受的证件，如“居民身份证、护照或港澳居民来往内地通行证
    （任选其一）”；只收一种的，直接写规范名称（如“居民身份证”）。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker.context import Context
from checker.document import GuideDocument
from checker.findings import Problem
from checker.model import Located
from checker.text.match import Hit, Matchers, matchers
from checker.text.quoted import own_conditions
from checker.text.stated import leading_clause
from checker.text.vocabulary import Umbrella

ID = "umbrella-term"
SCOPE = "guide"
BAD = {
    "guide.yaml": """\
申请材料:
  - 材料名称: 申请人身份证明
    原件份数: 1
    复印件份数: 1
    载体: 纸质
    来源渠道: 政府部门核发
    必要性: 必要
    免提交: 已领取电子身份证照的，通过电子证照库调取
"""
}
GOOD = {
    "guide.yaml": """\
申请材料:
  - 材料名称: 申请人身份证明
    原件份数: 1
    复印件份数: 1
    载体: 纸质
    来源渠道: 政府部门核发
    必要性: 必要
    受理标准: 居民身份证、护照或港澳居民来往内地通行证，任选其一，在有效期内
    免提交: 已领取电子身份证照的，通过电子证照库调取
"""
}

# 或 / 或者 right before an umbrella: what precedes it is an alternative, not its enumeration.
_ALTERNATIVE = re.compile(r"或者?$")

# "下同", or a note ("注：……"): the words define the term for the rest of the guide.
_LIKEWISE = "下同"
_NOTE = re.compile(r"\s*(?:注|说明|备注)\s*[：:]")

# How many of an umbrella's members the message names when its advice names none.
_EXAMPLES = 3


def check(doc: GuideDocument, ctx: Context) -> Iterator[Problem]:
    match = matchers(ctx.vocabulary)
    umbrellas = ctx.vocabulary.umbrellas
    defined = _defined(doc, match)
    for material in doc.guide.materials:
        name = material.name
        if name is None:
            continue
        clause = leading_clause(name.value)
        for hit in match.umbrellas(name.value):
            if match.other_before(name.value, hit):  # 其他……: catch-all-clause reports it
                continue
            if hit.end <= len(clause):  # in the condition of "……无法取得死亡证明的，凭……"
                continue
            umbrella = umbrellas[hit.term]
            hint = [material.instructions.value] if material.instructions is not None else []
            texts = [_own_text(name.value, hit), *(s.value for s in material.standards), *hint]
            if hit.term not in defined and not any(match.enumerates(umbrella, text) for text in texts):
                yield _problem(doc.path, name, hit, umbrella, "材料名称中的")
    for condition in own_conditions(doc.guide.conditions):
        for hit in match.umbrellas(condition.value):
            if match.other_before(condition.value, hit):
                continue
            umbrella = umbrellas[hit.term]
            if hit.term not in defined and not match.enumerates(umbrella, _own_text(condition.value, hit)):
                yield _problem(doc.path, condition, hit, umbrella, "受理条件中的")


def _defined(doc: GuideDocument, match: Matchers) -> set[str]:
    """Umbrella terms the guide defines once for all its rows: a material name, 受理标准 or
    填报须知 that enumerates the term and says 下同 ("居民身份证、护照等有效身份证件（下同）"), or a
    note row after the list ("注：以上身份证明指居民身份证或护照")."""
    materials = doc.guide.materials
    texts = [
        t.value for m in materials for t in (m.name, *m.standards, m.instructions) if t is not None
    ]
    umbrellas = match.vocabulary.umbrellas
    return {
        hit.term
        for text in texts
        if _LIKEWISE in text or _NOTE.match(text)
        for hit in match.umbrellas(text)
        if match.enumerates(umbrellas[hit.term], text)
    }


def _own_text(text: str, hit: Hit) -> str:
    """The part of ``text`` that may list what the umbrella stands for: in "劳动合同或相关证明" the
    劳动合同 is an alternative to the umbrella, not one of the documents it accepts."""
    return text[hit.start :] if _ALTERNATIVE.search(text, 0, hit.start) else text


def _problem(path: str, where: Located[str], hit: Hit, umbrella: Umbrella, place: str) -> Problem:
    advice = umbrella.advice.rstrip("。；;")
    message = f"{place}「{umbrella.term}」是笼统名称，申请人不知道具体带哪一种：{advice}"
    members = umbrella.members
    if members and not any(member in advice for member in members):
        more = "……" if len(members) > _EXAMPLES else ""
        message += f"（可接受的材料如“{'、'.join(members[:_EXAMPLES])}{more}”）"
    return Problem(
        path, where.sub_span(hit.start, hit.end), message, content=f"{umbrella.term}|{where.value}"
    )
