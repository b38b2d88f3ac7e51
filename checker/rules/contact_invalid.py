"""检查什么
    “咨询方式”或“监督投诉方式”为空，或其中的电话号码不是有效的大陆号码。有效的号码：
    带区号的固定电话（010-68861234，可带分机“转 8001”或“-8001”）、手机号（11 位，1 开头）、
    5 位服务热线（12345、12366 等）和 400/800 热线；全角数字（０１０－６８８６１２３４）按半角看。
    地址、网址、邮箱、接听时间（9:00-17:00）不按电话检查。

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

ID = "contact-invalid"
SCOPE = "guide"
BAD = {"guide.yaml": "咨询方式:\n  - 咨询电话：6886123\n监督投诉方式: []\n"}
GOOD = {
    "guide.yaml": "咨询方式:\n  - 咨询电话：010-68861234 转 8001\n监督投诉方式:\n  - 12345 市民服务热线\n"
}

# A run of digits and the separators people put in phone numbers; not the hours of a clock
# ("9:00-12:00", "8:30-17:30": the digits after or before a colon are minutes and hours).
_CANDIDATE = re.compile(r"(?<![\d\w/.@])(?<!\d[:：])\(?\+?\d[\d\-－—\s()（）]{3,}\d(?![\d/.@]|\w*@|[:：]\d)")
_SKIP_BEFORE = ("邮编", "邮政编码", "编码", "号楼", "信箱")
_LANDLINE = re.compile(r"^0\d{2,3}\d{7,8}$")
_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_HOTLINE = re.compile(r"^(1\d{4}|9[56]\d{3}|[48]00\d{7})$")


def valid_number(raw: str) -> bool:
    """Whether a written phone number is a valid mainland number."""
    text = unicodedata.normalize("NFKC", raw).strip().removeprefix("+86").removeprefix("(+86)").strip()
    groups = [g for g in re.split(r"[\s\-－—()（）]+", text) if g]
    if len(groups) >= 2 and groups[0].startswith("0"):
        # "010-68861234-8001" has an extension; "010 6886 1234" is one number in blocks
        return _valid_landline(groups) or _valid_landline([groups[0], "".join(groups[1:])])
    digits = "".join(groups)
    return bool(_LANDLINE.match(digits) or _MOBILE.match(digits) or _HOTLINE.match(digits))


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


def check(doc: GuideDocument, ctx: Context) -> Iterator[Problem]:
    guide = doc.guide
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
            for number, span in _phones(item):
                if not valid_number(number):
                    yield Problem(
                        doc.path,
                        span,
                        f"{key}中的电话「{number}」不是有效号码：固定电话应带区号（如 010-68861234），"
                        "或写手机号、12345 等服务热线",
                        content=f"{key}:{number}",
                    )
