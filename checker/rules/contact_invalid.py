"""检查什么
    “咨询方式”或“监督投诉方式”为空，或其中的电话号码不是有效的大陆号码。有效的号码：
    带区号的固定电话（010-68861234，可带分机“转 8001”或“-8001”）、手机号（11 位，1 开头）、
    5 位服务热线（12345、12366 等）和 400/800 热线；全角数字（０１０－６８８６１２３４）按半角看，
    区号可写在括号里（(0835)6524290、（010）12345678），连字符可写成“—”（023—65751638），
    可带“咨询电话：”之类的标签和“转 8001”之类的分机。地址、网址、邮箱、接听时间（9:00-17:00）
    不按电话检查。
    不带区号的本地号码：同一项里紧跟在带区号的号码之后的，沿用前一个号码的区号
    （0335-3262771、3262608）；“行政区划”所在城市的区号已知的（rules/catalogue.yaml 的
    area_codes，部门可以补充），按该区号核对位数（北京的指南常印 87524298）；都不知道区号的才报告
    “缺少区号”。位数不对的说明少了或多了几位（010-6996123 少一位）；6253xxxx、XXXX-XXXXXXX 这样
    的占位符不是号码。

为什么重要
    申请人读不懂指南时先打电话问；号码错一位，就只能跑一趟窗口。不带区号的固定电话，
    外地申请人拨不通。

怎样修改
    写完整号码：区号-号码（如 010-68861234），或 12345 等服务热线。
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from checker.context import Context
from checker.document import GuideDocument
from checker.findings import Problem, Span
from checker.model import Located
from checker.rules import Option

ID = "contact-invalid"
SCOPE = "guide"
OPTIONS = {
    "area_codes": Option(dict, "行政区划中的城市 → 区号：不带区号的本地号码按指南所在城市的区号检查"),
}
BAD = {"guide.yaml": "咨询方式:\n  - 咨询电话：6886123\n监督投诉方式: []\n"}
GOOD = {
    "guide.yaml": "咨询方式:\n  - 咨询电话：010-68861234 转 8001\n监督投诉方式:\n  - 12345 市民服务热线\n"
}

# A run of digits and the separators people put in phone numbers; not the hours of a clock
# ("9:00-12:00", "8:30-17:30": the digits after or before a colon are minutes and hours).
_CANDIDATE = re.compile(r"(?<![\d\w/.@])(?<!\d[:：])\(?\+?\d[\d\-－—\s()（）]{3,}\d(?![\d/.@]|\w*@|[:：]\d)")
# A number left as a template's placeholder: 6253xxxx, XXXX-XXXXXXX, 010-8888****.
_PLACEHOLDER = re.compile(r"(?<![A-Za-z])[\d\-－—()（）]*[xX×*＊]{3,}[\dxX×*＊\-－—]*(?![A-Za-z])")
_SKIP_BEFORE = ("邮编", "邮政编码", "编码", "号楼", "信箱")
_LANDLINE = re.compile(r"^(?:0[12]\d{9}|0[3-9]\d{9,10})$")  # 010 and 02x: 8 digits after the code
_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_HOTLINE = re.compile(r"^(1\d{4}|9[56]\d{3}|[48]00\d{7})$")
_AREA_WITHOUT_TRUNK = re.compile(r"^(?:10|2\d|[3-9]\d{2})$")  # 10, 21, 755; not a mobile's 139
_GROUPS = re.compile(r"[\s\-－—()（）]+")
_INVALID = "不是有效号码：固定电话应带区号（如 010-68861234），或写手机号、12345 等服务热线"


def valid_number(raw: str) -> bool:
    """Whether a written phone number is a valid mainland number (with its area code)."""
    return problem_with(raw, None) is None


def problem_with(raw: str, area: str | None) -> str | None:
    """Why a written number is not one to dial (None: it is). ``area`` is the area code that a
    local number written without one takes: the one of the number before it, or the city's."""
    groups = _groups(raw)
    if len(groups) >= 2 and groups[0].startswith("0"):
        # "010-68861234-8001" has an extension; "010 6886 1234" is one number in blocks
        if _valid_landline(groups) or _valid_landline([groups[0], "".join(groups[1:])]):
            return None
        return _length_problem(groups[0], groups[1])
    digits = "".join(groups)
    if _LANDLINE.match(digits) or _MOBILE.match(digits) or _HOTLINE.match(digits):
        return None
    if digits.isdigit() and digits.startswith("0") and len(digits) >= 9:  # 0101234567: code and number run together
        code = digits[:3] if digits[1] in "12" else digits[:4]
        return _length_problem(code, digits[len(code) :])
    if not digits.isdigit() or len(digits) not in (7, 8) or digits.startswith(("0", "1")):
        return _INVALID
    if area is None:
        return "缺少区号：固定电话应写成“区号-号码”（如 010-68861234），外地申请人才拨得通"
    return None if _valid_landline([area, digits]) else _length_problem(area, digits)


def area_code(raw: str) -> str | None:
    """The area code a valid landline is written with (010-68861234 → 010)."""
    groups = _groups(raw)
    if len(groups) >= 2 and groups[0].startswith("0") and problem_with(raw, None) is None:
        return groups[0]
    return None


def _groups(raw: str) -> list[str]:
    text = unicodedata.normalize("NFKC", raw).strip()
    international = text.startswith(("+86", "(+86)"))
    text = text.removeprefix("+86").removeprefix("(+86)").strip()
    groups = [g for g in _GROUPS.split(text) if g]
    if international and len(groups) >= 2 and _AREA_WITHOUT_TRUNK.match(groups[0]):
        groups[0] = "0" + groups[0]  # +86 10 6886 1234: after the country code the area code drops its 0
    return groups


def _length_problem(area: str, local: str) -> str:
    """A landline whose local number has too few or too many digits for its area code."""
    if not (area.isdigit() and local.isdigit()) or len(area) not in (3, 4) or (area[:2] in ("01", "02")) != (len(area) == 3):
        return _INVALID
    lengths = (8,) if len(area) == 3 else (7, 8)
    wanted = " 或 ".join(map(str, lengths))
    if len(local) < lengths[0]:
        return f"区号 {area} 之后的本地号码应为 {wanted} 位，这里只有 {len(local)} 位：少了 {lengths[0] - len(local)} 位"
    return f"区号 {area} 之后的本地号码应为 {wanted} 位，这里有 {len(local)} 位：多了 {len(local) - lengths[-1]} 位"


def _valid_landline(groups: list[str]) -> bool:
    """Area code, local number and at most one extension: 010-68861234-8001."""
    area, local, *extension = groups
    if len(extension) > 1 or not area.isdigit() or not local.isdigit():
        return False
    if area[:2] in ("01", "02"):  # 010 and 02x: eight-digit local numbers
        return len(area) == 3 and len(local) == 8
    return len(area) in (3, 4) and len(local) in (7, 8)


def _phones(item: Located[str]) -> Iterator[tuple[str, Span]]:
    text = item.value
    if "http" in text or "www." in text:
        return
    for match in _CANDIDATE.finditer(text):
        before = text[max(0, match.start() - 6) : match.start()].rstrip("：: ")
        if before.endswith(_SKIP_BEFORE):
            continue
        number = match.group().rstrip()
        yield number, item.sub_span(match.start(), match.start() + len(number))


def _placeholders(item: Located[str]) -> Iterator[tuple[str, Span]]:
    for match in _PLACEHOLDER.finditer(item.value):
        if sum(ch.isdigit() or ch in "xX×*＊" for ch in match.group()) >= 7:
            yield match.group(), item.sub_span(match.start(), match.end())


def city_area_code(region: str | None, codes: dict[str, str]) -> str | None:
    """The area code of the city that 行政区划 names (北京市平谷区 → 010)."""
    if not region:
        return None
    found = [(region.find(city), code) for city, code in codes.items() if city in region]
    return min(found)[1] if found else None


def check(doc: GuideDocument, ctx: Context) -> Iterator[Problem]:
    guide = doc.guide
    city = city_area_code(guide.region.value if guide.region else None, ctx.option(ID, "area_codes"))
    for key, items in (("咨询方式", guide.consult), ("监督投诉方式", guide.complaint)):
        key_span = guide.keys.get(key)
        if key_span is not None and not items:
            yield Problem(
                doc.path,
                key_span,
                f"“{key}”为空：请至少写一个带区号的电话（如 010-68861234）或 12345",
                content=f"empty:{key}",
            )
            continue
        for item in items:
            placeholders = list(_placeholders(item))
            for number, span in placeholders:
                yield Problem(
                    doc.path, span, f"{key}中的「{number}」是占位符，不是号码：请写出真实的电话号码",
                    content=f"{key}:{number}",
                )
            shared = None  # 0335-3262771、3262608: the second number takes the first one's area code
            for number, span in _phones(item):
                if any(span.overlaps(other) for _, other in placeholders):
                    continue
                problem = problem_with(number, shared or city)
                shared = area_code(number) or shared
                if problem is not None:
                    yield Problem(doc.path, span, f"{key}中的电话「{number}」{problem}", content=f"{key}:{number}")
