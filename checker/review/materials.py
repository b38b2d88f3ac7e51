"""Materials of two versions of a guide: which is which, and what changed for the applicant.

Materials are matched by their normalised, canonical names first (checker/pairing/), then as
the same material under another name (a variant, a fuller name), the most similar one.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeVar

from rapidfuzz import fuzz

from checker.model import Guide, Located, Material, WindowMaterial
from checker.pairing import analyse, exemption_is_conditional, name_of, same_material
from checker.review.base import Change, Lines, edit_summary, match_texts, plain, value
from checker.text.vocabulary import Vocabulary

Named = TypeVar("Named", Material, WindowMaterial)  # a guide's material, or a window's


def match_materials(
    old: list[Named], new: list[Named], vocabulary: Vocabulary
) -> tuple[list[tuple[Named, Named]], list[Named], list[Named]]:
    """Matched (old, new) materials in NEW's order, then the removed and the added ones."""
    olds = [(m, analyse(m.name.value, vocabulary)) for m in old if m.name is not None]
    news = [(m, analyse(m.name.value, vocabulary)) for m in new if m.name is not None]
    free = list(range(len(olds)))
    pairs: list[tuple[int, int]] = []
    renamed: list[int] = []
    for j, (_, name) in enumerate(news):  # equal canonical names first
        i = next((i for i in free if olds[i][1].key == name.key), None)
        if i is None:
            renamed.append(j)
        else:
            free.remove(i)
            pairs.append((i, j))
    added = []
    for j in renamed:  # then, in NEW's order, the most similar OLD one under another name
        name = news[j][1]
        candidates = [
            (fuzz.ratio(olds[i][1].key, name.key), -i, i)
            for i in free
            if same_material(olds[i][1], name, vocabulary)
        ]
        if candidates:
            i = max(candidates)[2]
            free.remove(i)
            pairs.append((i, j))
        else:
            added.append(news[j][0])
    pairs.sort(key=lambda p: p[1])
    return [(olds[i][0], news[j][0]) for i, j in pairs], [olds[i][0] for i in free], added


def _counts(material: Material) -> str:
    parts = []
    if material.originals is not None and material.originals.value:
        parts.append(f"原件 {material.originals.value} 份")
    if material.copies is not None and material.copies.value:
        parts.append(f"复印件 {material.copies.value} 份")
    return f"（{'、'.join(parts)}）" if parts else ""


def _added_message(m: Material) -> str:
    name, necessity = name_of(m).value, value(m.necessity)
    if m.exemption is not None and not exemption_is_conditional(m.exemption.value):
        return f"新增申请材料「{name}」，并写明免提交（{m.exemption.value}）：申请人一般无需自备"
    if necessity == "非必要":
        when = f"（适用情形：{m.applies_when.value}）" if m.applies_when is not None else ""
        return f"新增非必要材料「{name}」{when}：符合情形的申请人需多准备一份材料"
    if necessity == "容缺后补":
        return f"新增容缺后补材料「{name}」{_counts(m)}：申请人可先受理、后补交，但最终仍需提交"
    message = f"新增申请材料「{name}」{_counts(m)}：申请人需多准备一份材料"
    if m.exemption is not None:  # a conditional exemption: only some applicants are spared
        message += f"，符合免提交条件的除外（{m.exemption.value}）"
    return message


def material_changes(old: Guide, new: Guide, vocabulary: Vocabulary, lines: Lines) -> Iterator[Change]:
    pairs, removed, added = match_materials(old.materials, new.materials, vocabulary)
    for m in added:
        yield Change("material-added", _added_message(m), m.span.line, {"material": name_of(m).value})
    for m in removed:
        name = name_of(m).value
        message = f"删除申请材料「{name}」：申请人不再需要准备该材料"
        yield Change("material-removed", message, lines.key("申请材料"), {"material": name})
    for before, after in pairs:
        for field_name, message, where in _changed_fields(before, after, vocabulary):
            details = {"material": name_of(after).value, "field": field_name}
            yield Change("material-changed", message, where, details)


def _changed_fields(
    before: Material, after: Material, vocabulary: Vocabulary
) -> Iterator[tuple[str, str, int]]:
    """(field, message, line) for each difference between two versions of one material."""
    name, line = name_of(after).value, after.span.line

    def at(located: Located | None) -> int:
        return located.span.line if located is not None else line

    if plain(name_of(before).value) != plain(name_of(after).value):
        same = analyse(name_of(before).value, vocabulary).key == analyse(name, vocabulary).key
        impact = "所需材料不变，只是写法不同" if same else "请确认申请人要准备的材料是否随之变化"
        yield "材料名称", f"申请材料「{name_of(before).value}」改称「{name}」：{impact}", at(after.name)
    for label, attr, noun in (("原件份数", "originals", "原件"), ("复印件份数", "copies", "复印件")):
        a, b = value(getattr(before, attr)), value(getattr(after, attr))
        if isinstance(a, int) and isinstance(b, int) and a != b:
            yield label, _count_message(name, noun, a, b), at(getattr(after, attr))
    a, b = value(before.necessity), value(after.necessity)
    if a and b and a != b:
        yield "必要性", f"「{name}」由{a}材料改为{b}材料：{_necessity_impact(b)}", at(after.necessity)
    a, b = value(before.medium), value(after.medium)
    if a and b and a != b:
        impacts = {
            "纸质": "申请人须提交纸质材料",
            "电子": "申请人须提交电子材料",
            "纸质或电子": "纸质、电子材料均可提交",
        }
        yield "载体", f"「{name}」的载体由{a}改为{b}：{impacts.get(b, '请按新的载体准备')}", at(after.medium)
    a, b = value(before.source), value(after.source)
    if a and b and a != b:
        yield (
            "来源渠道",
            f"「{name}」的来源渠道由{a}改为{b}：申请人需向新的出具方取得该材料",
            at(after.source),
        )
    yield from _exemption_changes(name, before.exemption, after.exemption, line)
    a, b = value(before.applies_when), value(after.applies_when)
    if plain(a or "") != plain(b or ""):
        if b is None:
            message = f"「{name}」删去了适用情形：申请人无从判断何时需要提交"
        else:
            message = f"「{name}」的适用情形改为「{b}」：申请人需按新的情形判断是否提交"
        yield "适用情形", message, at(after.applies_when)
    yield from _standard_changes(name, before.standards, after.standards, line)
    a, b = value(before.instructions), value(after.instructions)
    if a is not None and b is not None and plain(a) != plain(b):
        yield "填报须知", f"「{name}」的填报须知改为「{b}」：申请人需按新的说明填写", at(after.instructions)
    if before.blank_form is None and after.blank_form is not None:
        message = f"「{name}」新增空白表格（{after.blank_form.value}）：申请人可事先下载填写"
        yield "空白表格", message, at(after.blank_form)
    elif before.blank_form is not None and after.blank_form is None:
        yield "空白表格", f"「{name}」不再提供空白表格：申请人可能要到窗口现场填写", line


def _count_message(name: str, noun: str, a: int, b: int) -> str:
    verb = "出示或提交" if noun == "原件" else "提交"
    if b == 0:
        impact = f"申请人不再需要{verb}{noun}"
    elif b > a:
        impact = f"申请人需多{verb} {b - a} 份{noun}"
    else:
        impact = f"申请人可少{verb} {a - b} 份{noun}"
    return f"「{name}」的{noun}份数由 {a} 份改为 {b} 份：{impact}"


def _necessity_impact(necessity: str) -> str:
    return {
        "必要": "所有申请人都须提交",
        "非必要": "只有符合适用情形的申请人才需提交",
        "容缺后补": "暂缺该材料也可先受理、后补交",
    }.get(necessity, "请按新的要求准备")


def _exemption_changes(
    name: str, before: Located[str] | None, after: Located[str] | None, line: int
) -> Iterator[tuple[str, str, int]]:
    if before is None and after is not None:
        who = "符合条件的申请人" if exemption_is_conditional(after.value) else "申请人"
        yield "免提交", f"「{name}」新增免提交方式（{after.value}）：{who}不必再自行提交", after.span.line
    elif before is not None and after is None:
        yield "免提交", f"「{name}」不再写明免提交方式：申请人需自行准备并提交该材料", line
    elif before is not None and after is not None and plain(before.value) != plain(after.value):
        message = (
            f"「{name}」的免提交方式由「{before.value}」改为「{after.value}」：请核对哪些申请人仍可免提交"
        )
        yield "免提交", message, after.span.line


def _standard_changes(
    name: str, before: list[Located[str]], after: list[Located[str]], line: int
) -> Iterator[tuple[str, str, int]]:
    edited, removed, added = match_texts(before, after)
    for a, b in edited:
        summary = edit_summary(a.value, b.value)
        change = f"改为「{b.value}」（{summary}）" if summary else f"由「{a.value}」改为「{b.value}」"
        message = f"「{name}」的受理标准{change}：申请人需按新标准准备"
        yield "受理标准", message, b.span.line
    for b in added:
        yield "受理标准", f"「{name}」新增受理标准「{b.value}」：申请人准备材料时需满足该要求", b.span.line
    for a in removed:
        yield "受理标准", f"「{name}」删去受理标准「{a.value}」：窗口不再按此审查", line
