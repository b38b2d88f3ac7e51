"""Conditions read into what they demand: who, what, how much, all or one of them.

"男方年满22周岁，女方年满20周岁" becomes two constraints: 男方's 年龄 at least 22 岁 and 女方's
at least 20 岁. A condition is a set of alternatives (any one of them is enough), each a set of
constraints (all of them are demanded): "本科及以上学历，或具有中级及以上专业技术职称" has two.
A sentence that only scopes an exception ("具有博士学位的，不超过50周岁") demands nothing of
every applicant and is not read. The words are data (checker/pairing/lexicon.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from checker.pairing.lexicon import Level, Lexicon, lexicon
from checker.text.normalize import clean, strip_list_marker
from checker.text.vocabulary import Vocabulary

_SENTENCES = re.compile(r"[;。\n]+")
_CLAUSES = re.compile(r"[,、]|并且|而且|同时|且|并")
_OR = re.compile(r"或者|或")
_INCLUSIVE = re.compile(r"（(?:含|包含|包括)[^）]*）")  # "15平方米（含）以下", "1年以上（含1年）"
_SCOPE = re.compile(r"^[^,]+的,")  # "具有高级专业技术职称或博士学位的，不超过50周岁"
_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_MASK = "□"


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float  # in the base unit
    unit: str  # base unit: 岁, 月, 平方米, 元, %
    direction: str  # "min", "max" or "eq" (no comparison word)


@dataclass(frozen=True, slots=True)
class Constraint:
    attribute: str
    persons: frozenset[str]  # empty: nobody named (the applicant)
    every: bool  # all the persons named (双方均) or any one of them (一方或双方)
    negated: bool | None  # demands that something is not so (无犯罪记录); None: 是否有配偶
    quantity: Quantity | None
    level: Level | None
    qualifiers: frozenset[str]  # words that narrow it (实缴注册资本, 连续缴纳)
    clause: str  # the words it was read from


@dataclass(frozen=True, slots=True)
class Reading:
    """Alternatives, each a tuple of constraints demanded together; ``complete`` when every
    clause with words in it gave a constraint."""

    alternatives: tuple[tuple[Constraint, ...], ...]
    complete: bool
    text: str
    options: tuple[str, ...] = ()  # each alternative in the condition's own words

    @property
    def constraints(self) -> tuple[Constraint, ...]:
        return tuple(c for alternative in self.alternatives for c in alternative)


def read(text: str, vocabulary: Vocabulary) -> Reading:
    """What one condition demands."""
    return vocabulary.derived(_reader)(text)


def read_list(texts: list[str], vocabulary: Vocabulary) -> list[Reading]:
    """A list of conditions: the items after one that announces alternatives ("符合下列条件
    之一：") are read together as one condition whose alternatives they are."""
    words = lexicon(vocabulary)
    readings: list[Reading] = []
    group: list[Reading] | None = None
    for text in texts:
        if _announces_alternatives(text, words):
            group = []
            continue
        reading = read(text, vocabulary)
        if group is None:
            readings.append(reading)
        else:
            group.append(reading)
    if group:
        alternatives = tuple(a for r in group for a in r.alternatives)
        options = tuple(o for r in group for o in offered(r))
        readings.append(Reading(alternatives, all(r.complete for r in group), "；".join(options), options))
    return readings


def alternative_items(texts: list[str], vocabulary: Vocabulary) -> set[int]:
    """The indexes of the items of a list that are alternatives: those after an item that
    announces them ("符合下列条件之一：")."""
    words = lexicon(vocabulary)
    start = next((i for i, text in enumerate(texts) if _announces_alternatives(text, words)), None)
    return set() if start is None else set(range(start + 1, len(texts)))


def alternatives_of(text: str, vocabulary: Vocabulary) -> list[str]:
    """The alternatives one condition offers, each in its own words; one item when it offers
    no choice."""
    reading = read(text, vocabulary)
    return offered(reading) if len(reading.alternatives) > 1 else [reading.text]


def offered(reading: Reading) -> list[str]:
    """Each alternative of a reading in the condition's words (or its clauses' words when
    they cannot be told apart in the text)."""
    if len(reading.options) == len(reading.alternatives):
        return list(reading.options)
    return list(dict.fromkeys("，".join(c.clause for c in a) for a in reading.alternatives))


def without_levels(reading: Reading) -> Reading:
    """``reading`` with no level in any constraint."""
    alternatives = tuple(tuple(replace(c, level=None) for c in a) for a in reading.alternatives)
    return replace(reading, alternatives=alternatives)


def _announces_alternatives(text: str, words: Lexicon) -> bool:
    rest = clean(text).rstrip(":")
    return any(rest.endswith(header) for header in words.headers)


def _reader(vocabulary: Vocabulary) -> Callable[[str], Reading]:
    words = lexicon(vocabulary)
    return lru_cache(maxsize=65536)(lambda text: _read(text, words))


def _read(text: str, words: Lexicon) -> Reading:
    text = _INCLUSIVE.sub("", clean(strip_list_marker(text)))
    for header in words.headers:
        at = text.find(header)
        if at >= 0:  # "属于下列人员之一：A；B": the alternatives follow the colon
            parts = [p for p in _SENTENCES.split(text[at + len(header) :].lstrip(":")) if p]
            readings = [_read_sentences([p], words) for p in parts]
            alternatives = tuple(a for r in readings for a in r[0])
            options = tuple(_shown(p) for p, r in zip(parts, readings, strict=True) for _ in r[0])
            return Reading(alternatives, all(r[1] for r in readings), text, options)
    alternatives, complete = _read_sentences([s for s in _SENTENCES.split(text) if s.strip(", ")], words)
    options = tuple(_shown(_unprotect(p).strip(",; ")) for p in _OR.split(_protect(text, words)))
    return Reading(alternatives, complete, text, options)


def _shown(text: str) -> str:
    """Cleaned text with Chinese punctuation again, for messages."""
    return text.replace(",", "，").replace(";", "；").replace(":", "：")


def _read_sentences(sentences: list[str], words: Lexicon) -> tuple[tuple[tuple[Constraint, ...], ...], bool]:
    """Sentences are demanded together; within one, parts joined by 或 are alternatives when
    each part demands something."""
    result: list[tuple[Constraint, ...]] = [()]
    complete = True
    for sentence in sentences:
        if _SCOPE.match(sentence):
            continue
        parts = [p for p in _OR.split(_protect(sentence, words)) if p.strip(", ")]
        carried: tuple[frozenset[str], bool] = (frozenset(), True)
        read_parts = []
        for part in parts:
            constraints, part_complete, carried = _read_part(_unprotect(part), words, carried)
            read_parts.append((constraints, part_complete))
        if len(read_parts) > 1 and all(c for c, _ in read_parts):
            options = [tuple(c) for c, _ in read_parts]
            complete = complete and all(ok for _, ok in read_parts)
        else:
            constraints, sentence_complete, _ = _read_part(sentence, words, (frozenset(), True))
            options = [tuple(constraints)]
            complete = complete and sentence_complete
        result = [done + option for done in result for option in options][:16]
    return tuple(a for a in result if a), complete


def _protect(text: str, words: Lexicon) -> str:
    """Quantifier words that contain 或 (一方或双方) hidden from the split at 或."""
    if words.any_words is None:
        return text
    return words.any_words.sub(lambda m: m.group().replace("或", "\0"), text)


def _unprotect(text: str) -> str:
    return text.replace("\0", "或")


def _read_part(
    text: str, words: Lexicon, carried: tuple[frozenset[str], bool]
) -> tuple[list[Constraint], bool, tuple[frozenset[str], bool]]:
    """The constraints of the clauses of one part; the persons a clause names carry on to the
    clauses after it that name nobody."""
    constraints: list[Constraint] = []
    complete = True
    for clause in _CLAUSES.split(text):
        if not clause.strip(", "):
            continue
        found, carried = _read_clause(clause, words, carried)
        complete = complete and bool(found)
        constraints.extend(found)
    return constraints, complete, carried


def _read_clause(
    clause: str, words: Lexicon, carried: tuple[frozenset[str], bool]
) -> tuple[list[Constraint], tuple[frozenset[str], bool]]:
    """Masks keep every position: quantifiers, then quantities, then attributes are found on
    the text without what was found before them."""
    plain = clause
    for word in words.not_attributes:
        plain = plain.replace(word, _MASK * len(word))
    masked, every = plain, True
    for pattern, value in ((words.any_words, False), (words.all_words, True)):
        if pattern is not None and pattern.search(masked):
            every = every and value
            masked = pattern.sub(lambda m: _MASK * len(m.group()), masked)
    quantities = [
        (m.start(), m.end(), *_recency(m, _quantity(m, masked, words), words))
        for m in words.quantity.finditer(masked)
    ]
    for start, end, *_ in quantities:
        masked = _masked(masked, start, end)
    found: dict[str, tuple[int, int]] = {}
    if words.attribute_pattern is not None:
        for m in words.attribute_pattern.finditer(masked):
            found.setdefault(words.attributes[m.group()], (m.start(), m.end()))
    attached = _attach(quantities, found, words)
    for start, end in found.values():
        plain = _masked(plain, start, end)
    persons, leading = _persons(plain, words)
    if persons and not leading:  # "并在本市为申请人缴纳社会保险": the subject carries on
        persons = persons | carried[0]
    if persons:
        carried = (persons, every)
    elif carried[0]:
        persons, every = carried[0], every and carried[1]
    constraints = [
        Constraint(
            attribute,
            persons,
            every,
            _negated(masked, span, words),
            attached.get(attribute),
            _level(attribute, clause, words),
            frozenset(q for q in words.qualifiers if q in clause),
            clause.strip(", "),
        )
        for attribute, span in sorted(found.items(), key=lambda item: item[1])
    ]
    return constraints, carried


def _masked(text: str, start: int, end: int) -> str:
    return text[:start] + _MASK * (end - start) + text[end:]


def _recency(m: re.Match[str], quantity: Quantity, words: Lexicon) -> tuple[Quantity, str | None]:
    """A quantity after 近 is a time: "近3个月内开具" how recent (at most 3 months), "近6个月的
    银行流水" the period covered (at least 6 months)."""
    if m.group("before") not in words.recency_words:
        return quantity, None
    if (m.group("after") or "") in words.at_most[1]:
        return replace(quantity, direction="max"), words.recency_attribute
    return replace(quantity, direction="min"), words.period_attribute


def _attach(
    quantities: list[tuple[int, int, Quantity, str | None]], found: dict[str, tuple[int, int]], words: Lexicon
) -> dict[str, Quantity]:
    """Each quantity to the attribute its unit implies (周岁: 年龄; 近…: 时效), or else to the
    nearest attribute not yet given one ("家庭年收入10万元以下" where "3人及以下" is farther)."""
    attached: dict[str, Quantity] = {}
    loose = []
    for start, end, quantity, recent in quantities:
        implied = recent or words.unit_attributes.get(quantity.unit)
        if implied:
            found.setdefault(implied, (start, end))
            attached.setdefault(implied, quantity)
        else:
            loose.append((start, end, quantity))
    distances = sorted(
        (min(abs(span[0] - end), abs(span[1] - start)), k, attribute)
        for k, (start, end, _) in enumerate(loose)
        for attribute, span in found.items()
    )
    used: set[int] = set()
    for _, k, attribute in distances:
        if k not in used and attribute not in attached:
            attached[attribute] = loose[k][2]
            used.add(k)
    return attached


def _persons(text: str, words: Lexicon) -> tuple[frozenset[str], bool]:
    """The persons a clause names, and whether it opens with one of them (its subject)."""
    if words.subject_pattern is None:
        return frozenset(), False
    found = list(words.subject_pattern.finditer(text))
    persons = frozenset().union(*(words.subjects[m.group()] for m in found))
    return persons, bool(found) and not text[: found[0].start()].strip(", " + _MASK)


def _negated(masked: str, span: tuple[int, int], words: Lexicon) -> bool | None:
    """Whether the clause demands that the attribute is not so; None when it asks either way
    ("核验男女双方是否有配偶")."""
    before = masked[: span[1]]
    if any(word in before for word in words.either_way):
        return None
    return any(word in before for word in words.negations)


def _level(attribute: str, clause: str, words: Lexicon) -> Level | None:
    best = None
    for word, level in words.levels.get(attribute, ()):
        if word in clause and (best is None or level.rank > best.rank):
            best = level
    return best


def _quantity(m: re.Match[str], text: str, words: Lexicon) -> Quantity:
    """The quantity ``m`` found in ``text``; a comparison word further before it counts when no
    other number stands between ("低于本市最低生活保障标准的80%")."""
    value = _number(m.group("number"))
    base, factor = words.units[m.group("unit")]
    before, after = m.group("before") or "", m.group("after") or ""
    if not before and not after:
        prefix = text[: m.start()]
        found = [
            (prefix.rfind(w) + len(w), len(w), w) for w in words.at_least[0] | words.at_most[0] if w in prefix
        ]
        at, _, word = max(found, default=(0, 0, ""))  # the last, and the longest there (不少于, not 少于)
        if word and not re.search(r"\d", prefix[at:]):
            before = word
    if before in words.at_least[0] or after in words.at_least[1]:
        direction = "min"
    elif before in words.at_most[0] or after in words.at_most[1]:
        direction = "max"
    else:
        direction = "eq"
    return Quantity(value * factor, base, direction)


def _number(text: str) -> float:
    """An Arabic or Chinese numeral's value (两 is 2, 半 is 0.5)."""
    if text == "半":
        return 0.5
    if text[0].isdigit():
        return float(text)
    total, current = 0, 0
    for ch in text:
        if ch in _DIGITS:
            current = _DIGITS[ch]
        else:
            total += (current or 1) * {"十": 10, "百": 100, "千": 1000}[ch]
            current = 0
    return float(total + current)
