"""检查什么
    事项要求到现场（到现场次数大于 0，或受理条件、材料说明要求“本人到场”“现场签字”“当面签署”“现场采集”“亲自”办理），
    同时“委托代办”为“不可以”、办理方式中没有“网上办理”，也没有写“必须现场办理原因说明”。
    “无需本人到场”“不必亲自办理”是免于到场，不算要求。

为什么重要
    法定代表人或股东在外地、在国外，或行动不便时，既不能委托他人，又不能网上办理，
    这件事就办不成。必须到场的，要有法定依据并写明原因。

怎样修改
    允许委托代办（提交授权委托书），或开通网上办理（视频核验、电子签名）；确须本人到场的，
    在“必须现场办理原因说明”中写明原因和依据。
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.context import Context
from checker.document import GuideDocument
from checker.findings import Problem, Span
from checker.model import Guide

ID = "in-person-without-alternative"
SCOPE = "guide"
BAD = {
    "guide.yaml": "到现场次数: 1\n委托代办: 不可以\n办理方式:\n  - 窗口办理\n"
    "受理条件:\n  - 法定代表人本人到现场签字\n"
}
GOOD = {
    "guide.yaml": "到现场次数: 1\n委托代办: 可以\n办理方式:\n  - 窗口办理\n  - 网上办理\n"
    "受理条件:\n  - 法定代表人签字（可通过电子签名完成）\n"
}


def _demanded(text: str, phrase: str, waivers: tuple[str, ...]) -> int:
    """Where ``text`` demands ``phrase`` (not where a waiver before it waives it), or -1."""
    index = text.find(phrase)
    while index >= 0 and text[:index].endswith(waivers):
        index = text.find(phrase, index + 1)
    return index


def _presence_demand(
    guide: Guide, phrases: tuple[str, ...], waivers: tuple[str, ...]
) -> tuple[Span, str] | None:
    texts = list(guide.conditions)
    for material in guide.materials:
        texts.extend(t for t in (material.name, material.applies_when, material.instructions) if t)
        texts.extend(material.standards)
    for text in texts:
        for phrase in phrases:
            index = _demanded(text.value, phrase, waivers)
            if index >= 0:
                return text.sub_span(index, index + len(phrase)), f"要求“{phrase}”"
    if guide.visits is not None and guide.visits.value > 0:
        return guide.visits.span, f"到现场次数为 {guide.visits.value}"
    return None


def check(doc: GuideDocument, ctx: Context) -> Iterator[Problem]:
    guide = doc.guide
    if guide.delegation is None or guide.delegation.value != "不可以" or guide.presence_reason:
        return
    if any(channel.value == "网上办理" for channel in guide.channels):
        return
    vocabulary = ctx.vocabulary
    demand = _presence_demand(guide, vocabulary.presence_phrases, vocabulary.presence_waivers)
    if demand is None:
        return
    span, what = demand
    yield Problem(
        doc.path,
        span,
        f"{what}，但不允许委托代办、不能网上办理，也没有写明必须现场办理的原因：本人在外地或国外时"
        "无法办理。请允许委托代办或开通网上办理，确须本人到场的在“必须现场办理原因说明”中写明依据",
        content=what,
    )
