"""Cell values of real exports → guidelint values: counts, time limits, lists, allowed values.

Texts are kept exactly (trimmed only); what is parsed is the structure around them: numbered
cells become lists, "原件1份、复印件2份" two counts, "20个工作日" a time limit. A value that
cannot be read raises Unreadable with what was found and what is accepted.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from checker.importing.synonyms import TRAILING_NOTE, Synonyms
from checker.importing.workbook import Formula, blank, count, shown, text


class Unreadable(Exception):
    """A cell's value cannot be mapped; the message says what it is and what is accepted."""


_LIMIT = re.compile(  # "20个工作日", "5(工作日)", "自受理之日起20个工作日内办结"
    r"^(?:自?受理(?:之日起|后)|自收到申请(?:材料)?之日起)?(?P<n>\d+)\s*(?:个)?\s*[（(]?\s*(?P<unit>工作日|自然日|日|天)"
    r"\s*[)）]?\s*(?:内|以内|之内)?(?:办结|完成)?$"
)
_END_PUNCTUATION = "。；;，,."  # "不收费。": a choice written as a sentence
_COPIES = re.compile(r"(原件|复印件)\s*(?:(\d+)\s*份)?")
_BOTH_EACH = re.compile(r"^原件(?:和|及|与|、)复印件各\s*(\d+)\s*份$")
_BOTH = re.compile(r"^(?:原件(?:和|及|与|、|/)复印件|复印件(?:和|及|与|、|/)原件)$")
_VISITS = re.compile(r"^(?:最多)?(?:跑)?\s*(\d+|[零一二两三四五])\s*次?$")  # "1次", "最多跑一次"
_EXCEL_EPOCH = datetime.date(1899, 12, 30)  # day 0 of Excel's dates (after its 1900 leap-year slip)
_EXCEL_DAYS = (36526, 73050)  # 2000-01-01 … 2099-12-31: a day number, not some other figure
_SMALL_NUMBERS = {"零": "0", "一": "1", "二": "2", "两": "2", "三": "3", "四": "4", "五": "5"}
_CHANNEL_SEPARATORS = re.compile(r"[、，,；;/+＋\n]+|和|及")
# Markers of a numbered entry: 1. 1、 1） (1) （一） 一、 at the start or after a space or a
# separator; ① anywhere
_MARKER = (
    r"(?:\d{1,2}\s*[.、．)）](?!\d)|[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]"
    r"|[一二三四五六七八九十]{1,3}、|[①-⑳])"
)
_MARKER_AT = re.compile(rf"((?:^|(?<=[\s；;。]))(?:{_MARKER})|[①-⑳])")
_MARKER_START = re.compile(rf"^\s*{_MARKER}\s*")
_LINE_MARKER = re.compile(rf"^(?:\d{{1,2}}\s*[.、．)）]|{_MARKER})\s*")  # a digit may follow at a line start


def plain(value: Any) -> str:
    """A text element as kept: trimmed; Unreadable for a formula without a value."""
    if isinstance(value, Formula):
        raise Unreadable(f"是{shown(value)}")
    if isinstance(value, datetime.datetime | datetime.date):
        return _date_text(value)
    return text(value)


def entries(value: Any) -> list[str]:
    """A cell of several entries: numbered ones ("1. … 2. …", "（一）…", "1、…") without their
    numbers and the "；" between them, or one per line."""
    cell = plain(value)
    if not cell:
        return []
    lines = [line.strip() for line in cell.splitlines() if line.strip()]
    if len(lines) > 1 and all(_LINE_MARKER.match(line) for line in lines):  # "1.010-…" on each line
        return [_LINE_MARKER.sub("", line).strip().rstrip("；;").strip() for line in lines]
    starts = [m.start(1) for m in _MARKER_AT.finditer(cell)]
    if starts and starts[0] == len(cell) - len(cell.lstrip()):
        parts = [cell[a:b] for a, b in zip(starts, [*starts[1:], len(cell)], strict=True)]
        return [p for p in (_MARKER_START.sub("", part).strip().rstrip("；;").strip() for part in parts) if p]
    return lines


def text_or_list(value: Any) -> str | list[str]:
    """受理标准: a list when the cell is numbered or has several lines, else the text."""
    items = entries(value)
    return items if len(items) > 1 else (items[0] if items else "")


def without_note(value: Any) -> str | None:
    """The text before a trailing note in brackets ("0次（全程网办）" → "0次"), or None."""
    written = plain(value) if isinstance(value, str) else ""
    main = TRAILING_NOTE.sub("", written).strip()
    return main if main and main != written else None


def allowed(synonyms: Synonyms, key: str, value: Any) -> str:
    """One allowed value of ``key`` (必要性, 载体 …) from the way an export writes it."""
    written = plain(value)
    mapped = synonyms.value(key, written.rstrip(_END_PUNCTUATION))
    if mapped is None:
        raise Unreadable(f"{key}应为{synonyms.accepted(key)}之一，实际是{shown(written)}")
    return mapped


def channels(synonyms: Synonyms, value: Any) -> list[str]:
    """办理方式: "窗口办理、网上办理" as a list of allowed values."""
    found: list[str] = []
    for part in _CHANNEL_SEPARATORS.split(plain(value).rstrip(_END_PUNCTUATION)):
        if part.strip():
            channel = allowed(synonyms, "办理方式", part.strip())
            if channel not in found:
                found.append(channel)
    return found


def time_limit(synonyms: Synonyms, value: Any, key: str, unit: str | None = None) -> dict[str, Any]:
    """"20个工作日", "30日", "1个工作日内", "5(工作日)" → {时限, 单位}; 即时办结 → 0 个工作日; a
    bare number (20, 5.0) when the header gives the ``unit`` ("承诺时限（工作日）")."""
    written = plain(value)
    if unit is not None and re.fullmatch(r"\d+", written) and count(written) is not None:
        return {"时限": int(written), "单位": unit}
    compact = re.sub(r"\s+", "", written).rstrip(_END_PUNCTUATION)
    if compact in synonyms.on_the_spot:
        return {"时限": 0, "单位": "工作日"}
    match = _LIMIT.match(compact)
    if match and count(match.group("n")) is not None:
        unit = "工作日" if match.group("unit") == "工作日" else "自然日"
        return {"时限": int(match.group("n")), "单位": unit}
    raise Unreadable(f"{key}应写成“20个工作日”“30日”或“即时办结”，实际是{shown(written)}")


def visits(value: Any) -> int:
    """到现场次数: 0, "1", "1次", "最多跑一次"."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = count(value)
    else:
        match = _VISITS.match(plain(value).rstrip(_END_PUNCTUATION))
        number = count(_SMALL_NUMBERS.get(match.group(1), match.group(1))) if match else None
    if number is None:
        raise Unreadable(f"到现场次数应为非负整数（如“1次”），实际是{shown(value)}")
    return number


def update_date(value: Any) -> str:
    """更新日期 as YYYY-MM-DD, from a date cell, from text such as 2026-10-15, 2026/10/15,
    2026年10月15日 or 20261015, or from the day number Excel shows in a cell not formatted as a
    date (46310 for 2026-10-15)."""
    if isinstance(value, datetime.datetime | datetime.date):
        return _date_text(value)
    if isinstance(value, int | float) and not isinstance(value, bool) and _EXCEL_DAYS[0] <= value <= _EXCEL_DAYS[1]:
        return (_EXCEL_EPOCH + datetime.timedelta(days=int(value))).isoformat()
    written = plain(value)
    match = re.match(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$", written) or re.match(
        r"^(\d{4})(\d{2})(\d{2})$", written
    )
    if match:
        try:
            return datetime.date(*(int(g) for g in match.groups())).isoformat()
        except ValueError:
            pass
    raise Unreadable(f"更新日期应为日期（如 2026-10-15），实际是{shown(value)}")


def _date_text(value: datetime.date) -> str:
    return (value.date() if isinstance(value, datetime.datetime) else value).isoformat()


def copies(kind: Any, number: Any, medium: str | None) -> tuple[int, int] | None:
    """原件份数 and 复印件份数 from a 材料类型 cell ("原件1份、复印件2份", "原件和复印件各1份",
    "复印件") and a 份数 cell; an electronic material without either has none. None when the
    source says nothing of them."""
    kind_text = re.sub(r"\s+", "", plain(kind))
    number_given = not blank(number)
    amount = count(number) if number_given else None
    if not kind_text:
        if medium == "电子" and not number_given:
            return 0, 0
        if number_given:
            raise Unreadable("只有份数，没有说明是原件还是复印件（材料类型）")
        return None
    each = _BOTH_EACH.match(kind_text)
    if each and count(each.group(1)) is not None:
        return int(each.group(1)), int(each.group(1))
    if _BOTH.match(kind_text):
        return (amount, amount) if amount is not None else (1, 1)
    counted = _counted(kind_text)
    if counted is None:
        raise Unreadable(
            f"材料类型应写成“原件”“复印件”“原件和复印件”或“原件1份、复印件2份”，实际是{shown(kind_text)}"
        )
    originals, copied, named = counted
    if amount is not None and len(named) == 1:
        return (amount, 0) if named == {"原件"} else (0, amount)
    return originals, copied


def names_kind(value: Any) -> bool:
    """Whether a 份数 cell says 原件 or 复印件 ("原件1份", "原件和复印件各1份")."""
    return isinstance(value, str) and ("原件" in value or "复印件" in value)


def _counted(kind: str) -> tuple[int, int, set[str]] | None:
    """"原件1份、复印件2份" → (1, 2, {原件, 复印件}); "原件" → (1, 0, {原件}); None when other text remains."""
    found: dict[str, int | None] = {"原件": 0, "复印件": 0}
    named: set[str] = set()
    for match in _COPIES.finditer(kind):
        named.add(match.group(1))
        found[match.group(1)] = count(match.group(2)) if match.group(2) else 1
    rest = re.sub(r"[、，,；;和及/]", "", _COPIES.sub("", kind))
    originals, copied = found["原件"], found["复印件"]
    if not named or rest or originals is None or copied is None:
        return None
    return originals, copied, named
