"""The words conditions are read with (rules/constraints.yaml and the ``constraints:`` section
of any wording pack): subjects, attributes, ordered scales, units, comparison words,
quantifiers and negations, compiled once per vocabulary."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from checker.datafiles import DataFileError
from checker.pairing.settings import settings
from checker.text.vocabulary import Vocabulary


@dataclass(frozen=True, slots=True)
class Level:
    """One step of an ordered scale: its attribute, its rank (higher is stricter) and name."""

    attribute: str
    rank: int
    name: str


@dataclass(frozen=True)
class Lexicon:
    subjects: dict[str, frozenset[str]]  # word → the persons it names
    subject_pattern: re.Pattern[str] | None
    any_words: re.Pattern[str] | None
    all_words: re.Pattern[str] | None
    attributes: dict[str, str]  # word → attribute
    attribute_pattern: re.Pattern[str] | None
    not_attributes: tuple[str, ...]
    unit_attributes: dict[str, str]  # base unit → attribute it implies (岁 → 年龄)
    levels: dict[str, list[tuple[str, Level]]]  # attribute → (word, level), longest word first
    units: dict[str, tuple[str, float]]  # unit as written → (base unit, factor)
    quantity: re.Pattern[str]
    at_least: tuple[frozenset[str], frozenset[str]]  # words before, words after the number
    at_most: tuple[frozenset[str], frozenset[str]]
    recency_words: frozenset[str]
    recency_attribute: str
    period_attribute: str
    negations: tuple[str, ...]
    either_way: tuple[str, ...]  # words asking whether it is so or not (是否, 有无)
    qualifiers: tuple[str, ...]  # words that narrow a condition (rules/pairing.yaml narrowing_words)
    headers: tuple[str, ...]


def lexicon(vocabulary: Vocabulary) -> Lexicon:
    """The lexicon of ``vocabulary``, compiled once."""
    return vocabulary.derived(_compile)


def _compile(vocabulary: Vocabulary) -> Lexicon:
    data: dict[str, Any] = {}
    for path, section in vocabulary.constraints:
        _merge(data, section, path)
    try:
        return _build(data)
    except (TypeError, ValueError, KeyError, AttributeError) as err:
        files = "、".join(path for path, _ in vocabulary.constraints)
        raise DataFileError(files, None, f"constraints 段的格式不对（{type(err).__name__}: {err}）") from None


def _build(data: dict[str, Any]) -> Lexicon:
    subjects = {word: frozenset(persons) for word, persons in data.get("subjects", {}).items()}
    attributes = {
        word: attribute for attribute, words in data.get("attributes", {}).items() for word in words
    }
    levels: dict[str, list[tuple[str, Level]]] = {}
    for attribute, steps in data.get("scales", {}).items():
        for rank, step in enumerate(steps):
            level = Level(attribute, rank, step["level"])
            for word in step.get("names", []):
                attributes.setdefault(word, attribute)
                levels.setdefault(attribute, []).append((word, level))
            for word in step.get("with_attribute", []):
                levels.setdefault(attribute, []).append((word, level))
    for found in levels.values():
        found.sort(key=lambda item: -len(item[0]))
    units = {unit: (str(base), float(factor)) for unit, (base, factor) in data.get("units", {}).items()}
    comparisons = data.get("comparisons", {})
    numeral = r"\d+(?:\.\d+)?|[零一二两三四五六七八九十百千]+|半"
    quantity = re.compile(
        f"(?P<before>{_words(comparisons.get('at_least_before', []) + comparisons.get('at_most_before', []))})?"
        f"(?P<number>{numeral})个?(?P<unit>{_words(units)})"
        f"(?P<after>{_words(comparisons.get('at_least_after', []) + comparisons.get('at_most_after', []))})?"
    )
    quantifiers = data.get("quantifiers", {})
    recency = data.get("recency", {})
    return Lexicon(
        subjects=subjects,
        subject_pattern=_pattern(subjects),
        any_words=_pattern(quantifiers.get("any", [])),
        all_words=_pattern(quantifiers.get("all", [])),
        attributes=attributes,
        attribute_pattern=_pattern(attributes),
        not_attributes=tuple(sorted(data.get("not_attributes", []), key=len, reverse=True)),
        unit_attributes=dict(data.get("unit_attributes", {})),
        levels=levels,
        units=units,
        quantity=quantity,
        at_least=(
            frozenset(comparisons.get("at_least_before", [])),
            frozenset(comparisons.get("at_least_after", [])),
        ),
        at_most=(
            frozenset(comparisons.get("at_most_before", [])),
            frozenset(comparisons.get("at_most_after", [])),
        ),
        recency_words=frozenset(recency.get("words", [])),
        recency_attribute=str(recency.get("attribute", "")),
        period_attribute=str(recency.get("period_attribute", "")),
        negations=tuple(sorted(data.get("negations", []), key=len, reverse=True)),
        either_way=tuple(data.get("either_way", [])),
        qualifiers=settings().narrowing_words,
        headers=tuple(data.get("alternatives_headers", [])),
    )


def _merge(data: dict[str, Any], section: dict[str, Any], path: str) -> None:
    """Add one file's section: mappings merge key by key (a list under a key is extended),
    lists are extended."""
    for key, value in section.items():
        kind = _KINDS.get(key)
        if kind is None:
            raise DataFileError(path, None, f"constraints 中的“{key}”不是已知的项（可用：{'、'.join(_KINDS)}）")
        if not isinstance(value, kind):
            raise DataFileError(path, None, f"constraints 中的“{key}”类型不对")
        if isinstance(value, list):
            data.setdefault(key, []).extend(value)
        elif isinstance(value, dict):
            target = data.setdefault(key, {})
            for name, entry in value.items():
                if isinstance(entry, list) and isinstance(target.get(name), list):
                    target[name] = target[name] + [e for e in entry if e not in target[name]]
                else:
                    target[name] = entry


_KINDS: dict[str, type] = {
    "subjects": dict,
    "quantifiers": dict,
    "attributes": dict,
    "not_attributes": list,
    "unit_attributes": dict,
    "scales": dict,
    "units": dict,
    "comparisons": dict,
    "recency": dict,
    "negations": list,
    "either_way": list,
    "alternatives_headers": list,
}


def _words(words: Iterable[str]) -> str:
    ordered = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return "|".join(map(re.escape, ordered)) or "(?!)"


def _pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    alternation = _words(words)
    return None if alternation == "(?!)" else re.compile(alternation)
