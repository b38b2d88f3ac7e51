"""Material names reduced to what identifies the document.

Editors wrap the same document in many ways: 《》 and quotes, 原件/复印件 before or after the
name, "正、副本" or "正本、副本", a qualifier in brackets ("营业执照（副本）"), the state's
title ("《中华人民共和国残疾人证》"), a count ("身份证复印件2份"). None of these change which document the applicant brings;
``split_name`` strips them and keeps what they said apart.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_BRACKETS = str.maketrans(
    {"(": "（", ")": "）", "【": "（", "】": "）", "〔": "（", "〕": "）", "[": "（", "]": "）"}
)
_TRAILING_BRACKET = re.compile(r"（([^（）]*)）$")
_TRAILING_PUNCTUATION = ":;,.。、；：，的及和与"
_LIST_MARKER = re.compile(
    r"^\s*(?:[0-9０-９]{1,2}[.、．]|[(（](?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[)）]"
    r"|[一二三四五六七八九十]{1,3}、|[①-⑳])\s*"
)


@dataclass(frozen=True, slots=True)
class NameRules:
    """What may wrap a document's name without changing the document (from rules/pairing.yaml)."""

    quotes: str
    copy_words: tuple[str, ...]  # longest first
    edition_forms: dict[str, str]  # written form → one spelling (正、副本 → 正副本)
    editions: tuple[str, ...]  # longest first
    prefixes: tuple[str, ...]
    counts: re.Pattern[str]  # a count written after the name (身份证复印件2份, 二寸照片3张)


@dataclass(frozen=True, slots=True)
class NameParts:
    """A material name taken apart: the document, its edition, and bracketed remarks."""

    core: str
    editions: frozenset[str]
    notes: tuple[str, ...]


def clean(text: str) -> str:
    """Width-normalised text without spaces: ASCII letters and digits, full-width brackets
    (the glossary writes 公司登记（备案）申请书)."""
    return "".join(unicodedata.normalize("NFKC", text).translate(_BRACKETS).split())


def strip_list_marker(text: str) -> str:
    """``text`` without the numbering it opens with ("（一）", "一、", "1.", "1、", "（1）", "①")."""
    return _LIST_MARKER.sub("", text, count=1)


def split_name(name: str, rules: NameRules) -> NameParts:
    """The core name, edition qualifiers (正本/副本) and trailing bracketed remarks of ``name``.
    Brackets inside the name belong to it (公司登记（备案）申请书)."""
    text = clean(strip_list_marker(name))
    text = "".join(ch for ch in text if ch not in rules.quotes)
    for form, spelling in rules.edition_forms.items():
        text = text.replace(form, spelling)
    editions: set[str] = set()
    notes: list[str] = []
    core = _strip_wrappers(text, rules, editions)
    while (match := _TRAILING_BRACKET.search(core)) is not None:
        inner = _strip_wrappers(match.group(1), rules, editions)
        if inner:
            notes.insert(0, inner)
        core = _strip_wrappers(core[: match.start()], rules, editions)
    return NameParts(core or text, frozenset(editions), tuple(notes))


def _strip_wrappers(text: str, rules: NameRules, editions: set[str]) -> str:
    """Remove copy words, editions and prefixes from both ends until nothing changes."""
    previous = None
    while text != previous:
        previous = text
        text = text.strip(_TRAILING_PUNCTUATION)
        text = rules.counts.sub("", text) or text
        for word in rules.copy_words:
            text = text.removesuffix(word).removeprefix(word)
        for edition in rules.editions:
            if text.endswith(edition):
                editions.add(edition)
                text = text[: -len(edition)]
            elif text == edition:
                editions.add(edition)
                text = ""
        for prefix in rules.prefixes:
            if text.startswith(prefix) and len(text) > len(prefix):
                text = text[len(prefix) :]
    return text
