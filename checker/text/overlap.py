"""How much of one short Chinese text another one says: content units and their coverage.

Chinese has no spaces and the domain segmenter knows only glossary words, so a text becomes a
sequence of symbols: each glossary word whole, each number whole, every other character on its
own, with function words and low-information words removed. Its units are the glossary words
and the bigrams of adjacent symbols. "名下均无本市登记的小客车" and "名下无本市登记的小客车"
share almost all their units; "工资由同一用人单位发放" and "与用人单位签订劳动合同" share few.
A text also names the persons it is about; one that names a person the other does not
("申请人及配偶无自有住房" against "申请人无自有住房") is not covered by it, however many units
they share.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from checker.text.normalize import clean
from checker.text.segment import Segmenter

_BREAKS = re.compile(r"[,.;:!?，。；：！？、\"'“”‘’《》()（）〈〉「」『』\s/\\\-]+")
_SENTENCES = re.compile(r"[。；;！!？?\n]+")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_NUMBER_SPLIT = re.compile(r"(\d+(?:\.\d+)?)")
_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CHINESE_NUMBER = re.compile(r"[零一二两三四五六七八九十百]+(?=[个年月日天周岁份人次名项倍万元])")


@dataclass(frozen=True, slots=True)
class Content:
    """The units of a text, the numbers it states and the persons it names."""

    units: frozenset[str]
    numbers: frozenset[str]
    persons: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.units or self.numbers)


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` (split at 。；！？ and line breaks), without empty ones."""
    return [s.strip() for s in _SENTENCES.split(text) if s.strip(" ，,")]


class Reader:
    """How to read a text: the segmenter, what to drop, what to read as another word. The
    content of a text is computed once (guides repeat the same conditions and standards)."""

    def __init__(
        self,
        segmenter: Segmenter,
        stopwords: Iterable[str],
        synonyms: Iterable[tuple[str, str]],
        canonical: Callable[[str], str],
        persons: dict[str, tuple[str, ...]] | None = None,
        kept: Iterable[str] = (),
    ) -> None:
        self.segmenter = segmenter
        self.stopwords = frozenset(stopwords)
        self.canonical = canonical  # glossary variant → canonical name
        self.persons = persons or {}  # person → the persons it includes (家庭成员 → 配偶, …)
        self._synonyms = dict(synonyms)
        self._synonym = _alternation(self._synonyms)
        self.kept = frozenset(kept)  # words that contain a stopword and are kept whole (对象, 住所)
        self._stopword = _alternation(self.stopwords | self.kept)
        self.content = lru_cache(maxsize=65536)(self._content)

    def _content(self, text: str) -> Content:
        """Units and numbers of ``text``."""
        text = _arabic(clean(text))
        units: set[str] = set()
        numbers = frozenset(_NUMBER.findall(text))
        persons = {p for p in self.persons if p in text}
        persons.update(*(self.persons[p] for p in list(persons)))
        for piece in _BREAKS.split(text):
            symbols = self._symbols(piece)
            units.update(s for s in symbols if len(s) > 1 and not s[0].isdigit())
            units.update(a + "|" + b for a, b in pairwise(symbols))
            if len(symbols) == 1:
                units.add(symbols[0])
        return Content(frozenset(units), numbers, frozenset(persons))

    def _symbols(self, piece: str) -> list[str]:
        """Glossary words (canonical) and numbers whole, other characters one by one,
        stopwords dropped."""
        symbols: list[str] = []
        loose = ""
        for token, _, _ in self.segmenter.tokens(piece):
            if len(token) > 1 and not token.isdigit():
                symbols.extend(self._loose_symbols(loose))
                loose = ""
                if token not in self.stopwords:
                    symbols.append(self.canonical(token))
            else:
                loose += token
        symbols.extend(self._loose_symbols(loose))
        return symbols

    def _loose_symbols(self, text: str) -> list[str]:
        """Characters outside glossary words: synonyms read, stopwords dropped, numbers whole."""
        if not text:
            return []
        if self._synonym:
            text = self._synonym.sub(lambda m: self._synonyms[m.group()], text)
        if self._stopword:
            text = self._stopword.sub(lambda m: m.group() if m.group() in self.kept else "", text)
        symbols: list[str] = []
        for part in _NUMBER_SPLIT.split(text):
            if part and part[0].isdigit():
                symbols.append(part)
            else:
                symbols.extend(part)
        return symbols


def coverage(needle: Content, haystack: Content) -> float:
    """The share of ``needle``'s units that ``haystack`` also has; 0 when ``needle`` states a
    number or names a person ``haystack`` does not (12 个月 is not 6 个月; 配偶 is not 申请人)."""
    if not needle.units or not needle.numbers <= haystack.numbers or not needle.persons <= haystack.persons:
        return 0.0
    return len(needle.units & haystack.units) / len(needle.units)


def _alternation(words: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern for all ``words``, the longest tried first."""
    ordered = sorted((w for w in words if w), key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, ordered))) if ordered else None


def _arabic(text: str) -> str:
    """Chinese numerals before a measure word written in digits (十八周岁 → 18周岁)."""
    return _CHINESE_NUMBER.sub(lambda m: str(_value(m.group())), text)


def _value(numeral: str) -> int:
    total, current = 0, 0
    for ch in numeral:
        if ch in _DIGITS:
            current = _DIGITS[ch]
        else:
            unit = 10 if ch == "十" else 100
            total += (current or 1) * unit
            current = 0
    return total + current
