"""Two versions of a guide compared field by field: every difference an applicant would notice
becomes a Change (a kind, one Chinese sentence on what it means for the applicant, NEW's line)."""

from __future__ import annotations

from collections.abc import Iterator

from checker.model import Guide, TimeLimit
from checker.pairing.constraints import alternative_items, alternatives_of
from checker.review.base import Change, Lines, edit_summary, match_texts, plain, value
from checker.review.materials import material_changes
from checker.text.vocabulary import Vocabulary

KIND_LABELS = {
    "material-added": "新增材料",
    "material-removed": "删除材料",
    "material-changed": "材料变化",
    "condition-added": "新增条件",
    "condition-removed": "删除条件",
    "condition-changed": "条件变化",
    "time-limit-changed": "时限变化",
    "fee-changed": "收费变化",
    "visits-changed": "跑动次数变化",
    "channel-changed": "办理方式变化",
    "delegation-changed": "委托代办变化",
    "commitment-changed": "告知承诺变化",
    "place-changed": "办理地点变化",
    "hours-changed": "办理时间变化",
    "contact-changed": "联系方式变化",
    "step-changed": "办理环节变化",
}

_CHANNEL_HINTS = {
    "窗口办理": "到窗口办理",
    "网上办理": "在网上办理",
    "邮寄办理": "通过邮寄办理",
    "自助终端办理": "在自助终端办理",
}


def compare(old: Guide, new: Guide, vocabulary: Vocabulary) -> list[Change]:
    """Every change between two versions of a guide that matters to applicants, by NEW's line."""
    lines = Lines(new)
    changes = [
        *material_changes(old, new, vocabulary, lines),
        *_conditions(old, new, lines, vocabulary),
        *_time_limits(old, new, lines),
        *_fee(old, new, lines),
        *_visits(old, new, lines),
        *_channels(old, new, lines),
        *_choices(old, new, lines),
        *_texts(old, new, lines),
        *_contacts(old, new, lines),
        *_steps(old, new, lines),
    ]
    return sorted(changes, key=lambda c: c.line)


def _conditions(old: Guide, new: Guide, lines: Lines, vocabulary: Vocabulary) -> Iterator[Change]:
    edited, removed, added = match_texts(old.conditions, new.conditions)
    for a, b in edited:
        summary = edit_summary(a.value, b.value)
        if summary is None:
            message = f"受理条件「{a.value}」改为「{b.value}」：申请人需按新条件判断能否办理"
        else:
            message = f"受理条件改为「{b.value}」（{summary}）：申请人需按新条件判断能否办理"
        dropped = _dropped_alternatives(a.value, b.value, vocabulary)
        if dropped:
            message += (
                f"；删去了可选条件「{'」「'.join(dropped)}」：只符合该条件的申请人将被拒之门外，无法再办理"
            )
        yield Change("condition-changed", message, b.span.line, {"old": a.value, "new": b.value})
    for b in added:
        message = f"新增受理条件「{b.value}」：不满足该条件的申请人将无法办理"
        yield Change("condition-added", message, b.span.line, {"condition": b.value})
    options = [old.conditions[i] for i in alternative_items([c.value for c in old.conditions], vocabulary)]
    for a in removed:
        if any(a is option for option in options):
            message = f"删除可选条件「{a.value}」：原本凭这一条件即可办理的申请人将被拒之门外，无法再办理"
        else:
            message = f"删除受理条件「{a.value}」：申请人不再需要满足该条件"
        yield Change("condition-removed", message, lines.key("受理条件"), {"condition": a.value})


def _dropped_alternatives(before: str, after: str, vocabulary: Vocabulary) -> list[str]:
    """The alternatives ``before`` offers that ``after`` no longer does (when it still offers a
    choice or keeps one of them: a condition rewritten as a whole is not a dropped option)."""
    old, new = alternatives_of(before, vocabulary), alternatives_of(after, vocabulary)
    if len(old) < 2:
        return []
    kept = {plain(t) for t in new}
    dropped = [t for t in old if plain(t) not in kept]
    return dropped if len(dropped) < len(old) else []


def _calendar_days(limit: TimeLimit) -> float:
    return limit.amount * 7 / 5 if limit.unit == "工作日" else float(limit.amount)


def _time_limits(old: Guide, new: Guide, lines: Lines) -> Iterator[Change]:
    for key, attr in (("法定办结时限", "legal_limit"), ("承诺办结时限", "promised_limit")):
        a, b = getattr(old, attr), getattr(new, attr)
        if a is None or b is None or (a.amount, a.unit) == (b.amount, b.unit):
            continue
        before, after = f"{a.amount} 个{a.unit}", f"{b.amount} 个{b.unit}"
        longer = _calendar_days(b) > _calendar_days(a)
        shorter = _calendar_days(b) < _calendar_days(a)
        if key == "承诺办结时限":
            impact = (
                "申请人需要等待更久"
                if longer
                else "申请人可以更快拿到结果"
                if shorter
                else "办理时间大致不变"
            )
        else:
            impact = (
                "最长办理期限延长" if longer else "最长办理期限缩短" if shorter else "最长办理期限大致不变"
            )
        verb = "延长为" if longer else "缩短为" if shorter else "改为"
        details = {"field": key, "old": before, "new": after}
        yield Change(
            "time-limit-changed", f"{key}由 {before}{verb} {after}：{impact}", lines.key(key), details
        )


def _fee(old: Guide, new: Guide, lines: Lines) -> Iterator[Change]:
    a, b = value(old.fee), value(new.fee)
    line = lines.of(new.fee, "是否收费")
    standard = value(new.fee_standard)
    if a == "否" and b == "是":
        told = f"（{standard}）" if standard else ""
        impact = "申请人需缴纳费用" if standard else "申请人需缴纳费用，但指南未写明收费标准"
        yield Change("fee-changed", f"事项由不收费改为收费{told}：{impact}", line, {"old": a, "new": b})
    elif a == "是" and b == "否":
        yield Change("fee-changed", "事项改为不收费：申请人不再需要缴费", line, {"old": a, "new": b})
    elif a == b == "是":
        before = value(old.fee_standard)
        if before and standard and plain(before) != plain(standard):
            message = f"收费标准由「{before}」改为「{standard}」：申请人需按新标准缴费"
            where = lines.of(new.fee_standard, "收费标准")
            yield Change("fee-changed", message, where, {"old": before, "new": standard})


def _visits(old: Guide, new: Guide, lines: Lines) -> Iterator[Change]:
    a, b = value(old.visits), value(new.visits)
    if not isinstance(a, int) or not isinstance(b, int) or a == b:
        return
    if b > a:
        impact = f"申请人需多跑 {b - a} 次"
    else:
        impact = f"申请人可少跑 {a - b} 次" + ("，全程无需到现场" if b == 0 else "")
    message = f"到现场次数由 {a} 次{'增加' if b > a else '减少'}为 {b} 次：{impact}"
    yield Change("visits-changed", message, lines.of(new.visits, "到现场次数"), {"old": a, "new": b})


def _channels(old: Guide, new: Guide, lines: Lines) -> Iterator[Change]:
    before = {c.value for c in old.channels}
    for c in new.channels:
        if c.value not in before:
            hint = _CHANNEL_HINTS.get(c.value, f"通过{c.value}")
            message = f"新增办理方式「{c.value}」：申请人可以{hint}"
            yield Change("channel-changed", message, c.span.line, {"added": c.value})
    after = {c.value for c in new.channels}
    for c in old.channels:
        if c.value not in after:
            hint = _CHANNEL_HINTS.get(c.value, f"通过{c.value}")
            message = f"取消办理方式「{c.value}」：申请人不能再{hint}"
            yield Change("channel-changed", message, lines.key("办理方式"), {"removed": c.value})


def _choices(old: Guide, new: Guide, lines: Lines) -> Iterator[Change]:
    a, b = value(old.delegation), value(new.delegation)
    if a and b and a != b:
        impact = "申请人须本人办理，不能再委托他人" if b == "不可以" else "申请人可以委托他人代为办理"
        message = f"委托代办由{a}改为{b}：{impact}"
        yield Change(
            "delegation-changed", message, lines.of(new.delegation, "委托代办"), {"old": a, "new": b}
        )
    a, b = value(old.commitment) or "不支持", value(new.commitment) or "不支持"
    if a != b:
        impact = "申请人可以书面承诺代替部分证明材料" if b == "支持" else "申请人需提交全部证明材料"
        message = f"告知承诺由{a}改为{b}：{impact}"
        yield Change(
            "commitment-changed", message, lines.of(new.commitment, "告知承诺"), {"old": a, "new": b}
        )


def _texts(old: Guide, new: Guide, lines: Lines) -> Iterator[Change]:
    for kind, key, attr, impact in (
        ("place-changed", "办理地点", "place", "申请人需到新地点办理"),
        ("hours-changed", "办理时间", "hours", "申请人需按新的时间前往"),
    ):
        a, b = value(getattr(old, attr)), value(getattr(new, attr))
        if a and b and plain(a) != plain(b):
            message = f"{key}由「{a}」改为「{b}」：{impact}"
            yield Change(kind, message, lines.of(getattr(new, attr), key), {"old": a, "new": b})


def _contacts(old: Guide, new: Guide, lines: Lines) -> Iterator[Change]:
    for key, attr, use in (("咨询方式", "consult", "咨询"), ("监督投诉方式", "complaint", "投诉")):
        edited, removed, added = match_texts(getattr(old, attr), getattr(new, attr))
        for a, b in edited:
            message = f"{key}「{a.value}」改为「{b.value}」：申请人需按新的方式{use}"
            yield Change(
                "contact-changed", message, b.span.line, {"field": key, "old": a.value, "new": b.value}
            )
        for b in added:
            message = f"新增{key}「{b.value}」：申请人多了一个{use}渠道"
            yield Change("contact-changed", message, b.span.line, {"field": key, "new": b.value})
        for a in removed:
            message = f"删去{key}「{a.value}」：申请人不能再通过它{use}"
            yield Change("contact-changed", message, lines.key(key), {"field": key, "old": a.value})


def _steps(old: Guide, new: Guide, lines: Lines) -> Iterator[Change]:
    before = {plain(s.name.value): (s.name.value, s) for s in old.steps if s.name is not None}
    after = {plain(s.name.value): (s.name.value, s) for s in new.steps if s.name is not None}
    unit = new.promised_limit.unit if new.promised_limit is not None else "工作日"
    for key, (name, step) in after.items():
        limit = value(step.limit)
        if key not in before:
            told = f"（{limit} 个{unit}）" if isinstance(limit, int) else ""
            message = f"新增办理环节「{name}」{told}：办理过程多了一个环节"
            yield Change("step-changed", message, step.span.line, {"step": name})
            continue
        was = value(before[key][1].limit)
        if isinstance(was, int) and isinstance(limit, int) and was != limit:
            verb, impact = ("延长为", "该环节用时更长") if limit > was else ("缩短为", "该环节用时更短")
            message = f"办理环节「{name}」的时限由 {was} 个{unit}{verb} {limit} 个{unit}：{impact}"
            line = step.limit.span.line if step.limit is not None else step.span.line
            yield Change("step-changed", message, line, {"step": name, "old": was, "new": limit})
    for key, (name, _) in before.items():
        if key not in after:
            message = f"删去办理环节「{name}」：办理过程少了一个环节"
            yield Change("step-changed", message, lines.key("办理流程"), {"step": name})
