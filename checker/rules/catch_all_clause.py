"""检查什么
    兜底条款：申请材料（材料名称、受理标准、适用情形、填报须知）和受理条件中的“其他材料”
    “相关材料”“有关部门要求的其他材料”“法律、法规规定的其他条件”，“其他”加笼统名称
    （“营业执照或其他主体资格证明”），“包括但不限于”，以及用“等”“等等”收尾的列举（“结婚证、离婚证等”；
    只写一种证件或一部法律再加“等”的也是：“居民身份证等有效身份证件”“《建筑法》等法律法规”）。“设定依据”是引用的法律原文，不检查；书名号内的文字
    （法规、表格的名称）和书名号之后引号内引用的法条原文（《……》第十二条规定：“……”）
    不检查；“等三项”这类写明数目的列举是完整的，不报告。“其他/其它”加几个修饰词再以证明、材料、
    证件等收尾的（“其他合法稳定住所证明”“其它书面有效证明”“其他能够证明死亡的材料”）也是兜底条款；
    修饰词中有“的”的不算（“其他人员的身份证明”）。兜底写法后接冒号和编号列举的是小标题
    （“其他相关有效证明材料：(1)……(2)……”），列举中的各项照常检查。
    以引用法律开头的受理条件（“根据《……》第八条，……”），以及这样开头、以冒号引出下文的条件之后的
    各项（“根据《……》第二十条规定：……应当具备下列条件：”），是法条原文，和设定依据一样不检查。

“等”什么时候是开口的列举（据真实办事指南和法条用法）
    报告：“等”收尾的是申请人要带的材料、要满足的条件或出具单位，“等”后什么也没有，或只有占位的
    词（材料、证件、证明、文件、资料、情形、情况、方面、内容、有关部门、单位……），如“结婚证、离婚证等”
    “吸毒、醉酒驾驶等情形”“消防、环保等方面的规定”“公安、司法等有关部门”；“等”后接类别、但列举的
    不是原因的也报告（“学校、医院等公共场所”“采购、验收、储存等质量管理制度”：类别本身没有界定范围）；
    只写在括号里、没有举例标记的也报告（“有效身份证件（居民身份证、护照等）”：到底还收哪些）。
    不报告：
    - 括号里的举例（以“如”“例如”“含”“包括”等开头）或内容说明（“等”后接“情况”“内容”等），解释括号前
      的词：“监护证明（如出生证明、户口簿等）”“死亡证明材料（含居民死亡医学证明（推断）书……火化证明等）”
      “从业人员情况（数量、岗位、体检及卫生知识培训等情况）”“申请书（内容包括项目说明及理由等）”。
      括号前是笼统名称的，是否列明由 umbrella-term 判断。
    - 以“因”引出三项以上的原因、“等”后是界定范围的类别：“因探亲、访友、旅游等私人事务出境”（凡私人
      事务都算）“因交通、工伤、意外等事故造成的肢体伤害”。类别就是条件，列举只是举例。
    举例标记和占位词在 rules/wording.yaml 的 example_markers、enumeration_placeholders 中。

为什么重要
    兜底条款让窗口可以随时追加要求，申请人却无法事先准备，是“多跑腿”“办不成事”的主要
    原因。《国务院关于加快推进“互联网+政务服务”工作的指导意见》（国发〔2016〕55号）要求
    “除办事指南明确的条件外，不得自行增加办事要求”，兜底条款恰恰留下了追加要求的口子。

怎样修改
    把兜底条款换成具体的材料或条件；列举要写全并删去“等”。确实有多种可选材料的，逐一列出
    并写明“任选其一”；法律规定的其他条件，写出法律名称、条款和条件本身。
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.context import Context
from checker.document import GuideDocument
from checker.findings import Problem
from checker.model import Located
from checker.text.match import OTHER_TERM, Hit, matchers
from checker.text.quoted import own_conditions
from checker.text.vocabulary import Phrase, Umbrella

ID = "catch-all-clause"
SCOPE = "guide"
BAD = {
    "guide.yaml": """\
受理条件:
  - 申请人在本市用人单位工作，并与用人单位签订一年以上劳动合同
  - 法律、法规规定的其他条件
申请材料:
  - 材料名称: 劳动合同
    原件份数: 1
    复印件份数: 1
    载体: 纸质
    来源渠道: 申请人自备
    必要性: 必要
    受理标准: 合同期限一年以上，加盖用人单位公章
  - 材料名称: 学历证书、学位证书等
    原件份数: 1
    复印件份数: 1
    载体: 纸质
    来源渠道: 申请人自备
    必要性: 必要
"""
}
GOOD = {
    "guide.yaml": """\
设定依据:
  - 《北京市引进人才和办理〈北京市工作居住证〉的规定》第五条：……以及法律、法规规定的其他条件
受理条件:
  - 申请人在本市用人单位工作，并与用人单位签订一年以上劳动合同
  - 具有本科及以上学历或中级及以上专业技术职称
申请材料:
  - 材料名称: 劳动合同
    原件份数: 1
    复印件份数: 1
    载体: 纸质
    来源渠道: 申请人自备
    必要性: 必要
    受理标准: 合同期限一年以上，加盖用人单位公章
  - 材料名称: 学历证书或专业技术资格证书
    原件份数: 1
    复印件份数: 1
    载体: 纸质
    来源渠道: 申请人自备
    必要性: 必要
    受理标准: 学历证书、学位证书和专业技术资格证书三项中提交一项即可
"""
}


def check(doc: GuideDocument, ctx: Context) -> Iterator[Problem]:
    match = matchers(ctx.vocabulary)
    catch_all, umbrellas = ctx.vocabulary.catch_all, ctx.vocabulary.umbrellas
    guide = doc.guide
    texts: list[Located[str] | None] = [*own_conditions(guide.conditions)]
    for material in guide.materials:
        texts += [material.name, *material.standards, material.applies_when, material.instructions]
    for text in texts:
        if text is None:
            continue
        for hit in match.catch_alls(text.value):
            if hit.term in catch_all:
                message = _phrase_message(catch_all[hit.term])
            elif hit.term in umbrellas:
                message = _other_message(text.value[hit.start : hit.end], umbrellas[hit.term])
            elif hit.term == OTHER_TERM:
                message = _other_documents_message(text.value[hit.start : hit.end])
            else:
                message = _list_message(text, hit)
            yield Problem(
                doc.path, text.sub_span(hit.start, hit.end), message, content=f"{hit.term}|{text.value}"
            )


def _phrase_message(phrase: Phrase) -> str:
    return f"「{phrase.phrase}」是兜底条款，申请人无法事先准备：{phrase.suggestion.rstrip('。；;')}"


def _other_message(words: str, umbrella: Umbrella) -> str:
    return f"「{words}」是兜底条款，申请人无法事先准备：{umbrella.advice.rstrip('。；;')}"


def _other_documents_message(words: str) -> str:
    return f"「{words}」是兜底条款，申请人无法事先准备：逐项写明可接受的材料名称及出具单位"


def _list_message(text: Located[str], hit: Hit) -> str:
    listed = text.value[hit.start : hit.end]
    word = "等等" if hit.term.startswith("等等") else "等" if hit.term.startswith("等") else hit.term
    return (
        f"「{listed}」是没有写全的列举（以“{hit.term}”收尾），申请人不知道还包括哪些："
        f"请列出全部项目，删去“{word}”；可任选其一的，写成“甲或乙（任选其一）”"
    )
