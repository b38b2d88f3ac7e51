"""检查什么
    办事指南要求的材料，对应的窗口收件清单没有收取。无条件免提交的材料不算要求提交，不报告；
    附条件免提交的材料其他申请人仍要提交，照常比较。非必要、容缺后补的材料也报告：符合适用
    情形的申请人会带来，收件清单应写明在什么情形下收取，否则窗口无从核对。

为什么重要
    指南要求而窗口不收，要么指南多要了材料（申请人白白准备，甚至为开一份证明多跑一次），
    要么收件清单漏了材料（窗口受理后审批时才发现缺件）。

怎样修改
    窗口确实不需要的，从办事指南中删去或写明免提交；需要的，补进收件清单。
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.context import Context
from checker.corpus import Pair
from checker.examples import append_materials
from checker.findings import Problem
from checker.pairing import align, exemption_is_conditional, name_of, related

ID = "guide-unchecked-material"
SCOPE = "pair"
_GUIDE = append_materials("guide.yaml")
BAD = {
    "guide.yaml": _GUIDE,
    "checklist.yaml": """\
收件材料:
  - 材料名称: 居民身份证
    原件份数: 1
    复印件份数: 1
    审查要点: 在有效期内
""",
}
GOOD = {
    "guide.yaml": append_materials(
        "guide.yaml",
        """\
    免提交: 通过劳动合同备案系统共享获取，申请人无需提交
""",
    ),
    "checklist.yaml": BAD["checklist.yaml"],
}


def check(pair: Pair, ctx: Context) -> Iterator[Problem]:
    checklist = pair.checklist.checklist
    window = checklist.window.value if checklist.window is not None else "窗口"
    anchor = checklist.keys.get("收件材料", checklist.span)
    for material in align(pair, ctx).unchecked:
        if material.exemption is not None and not exemption_is_conditional(material.exemption.value):
            continue
        name = name_of(material).value
        necessity = material.necessity.value if material.necessity is not None else "必要"
        if necessity == "必要":
            message = (
                f"办事指南要求提交「{name}」，{window}的收件清单没有收取：窗口不需要的，请从指南中删去"
                "或写明免提交；需要的，补进收件清单"
            )
        else:
            when = f"（{material.applies_when.value}）" if material.applies_when is not None else ""
            message = (
                f"办事指南列有{necessity}材料「{name}」{when}，{window}的收件清单没有收取：请在收件清单中"
                "写明在什么情形下收取，或从指南中删去"
            )
        yield Problem(
            pair.guide.path,
            name_of(material).span,
            message,
            (related(pair.checklist, anchor, f"{window}的收件材料"),),
            content=f"{window}:{name}",
        )
