"""Scores, thresholds and word lists of the pairing (rules/pairing.yaml)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from typing import Any

from checker import datafiles
from checker.schemas import schema
from checker.text.normalize import NameRules


@dataclass(frozen=True, slots=True)
class Settings:
    names: NameRules
    same_documents: dict[str, str]  # glossary name → the name of its group
    suffix_noise: tuple[str, ...]
    holders: dict[str, str]
    other_persons: tuple[str, ...]
    photo_ending: str
    document_endings: tuple[str, ...]
    photo_spellings: tuple[tuple[str, str], ...]
    photo_descriptors: tuple[str, ...]
    scores: dict[str, float]
    stopwords: tuple[str, ...]
    kept_words: tuple[str, ...]
    synonyms: tuple[tuple[str, str], ...]
    persons: dict[str, tuple[str, ...]]
    implicit_requirements: tuple[str, ...]
    implicit_clause_rest: int
    routine_verifications: tuple[str, ...]
    narrowing_words: tuple[str, ...]
    condition_coverage: float
    requirement_coverage: float
    same_condition: float
    condition_openers: tuple[str, ...]
    condition_endings: tuple[str, ...]
    channel_words: tuple[str, ...]
    condition_subjects: tuple[str, ...]


# Thresholds set in guidelint.yaml: (section, key, value).
Overrides = tuple[tuple[str, str, float], ...]


@dataclass(frozen=True)
class Tuning:
    """What a run changes in rules/pairing.yaml: thresholds from guidelint.yaml, synonyms and
    holders added by its packs."""

    thresholds: Overrides = ()
    synonyms: tuple[tuple[str, str], ...] = ()
    holders: tuple[tuple[str, str], ...] = ()


# The tuning of the run under way: rules reach the settings from deep inside the pairing, where
# no configuration is passed (see ``overridden``).
_UNTUNED = Tuning()  # frozen, so one default serves every context
_TUNING: ContextVar[Tuning] = ContextVar("pairing_tuning", default=_UNTUNED)


def settings() -> Settings:
    """rules/pairing.yaml as the current run tunes it."""
    return _settings_with(_TUNING.get())


@contextmanager
def overridden(tuning: Tuning) -> Iterator[None]:
    """Within this block, ``settings()`` is tuned so."""
    token = _TUNING.set(tuning)
    try:
        yield
    finally:
        _TUNING.reset(token)


@cache
def _settings_with(tuning: Tuning) -> Settings:
    """Read once per tuning. A file that does not fit its schema (a key missing or misspelt, a
    word list that is not one) is a DataFileError at its line, not a KeyError."""
    path, text = datafiles.builtin_path("pairing.yaml"), datafiles.read_builtin("pairing.yaml")
    data = datafiles.parse(text, path)
    try:
        for section, key, value in tuning.thresholds:
            data[section][key] = value
        data["text"]["synonyms"].update(tuning.synonyms)
        data["names"]["holders"].update(tuning.holders)
        return _settings(data)
    except (KeyError, TypeError, AttributeError, ValueError):
        from checker.schemas.vocabulary_files import check_data_file

        check_data_file("pairing", path, text)
        raise


def thresholds() -> dict[str, set[str]]:
    """The numbers guidelint.yaml may set, by section: every score, and the coverages of text."""
    found: dict[str, set[str]] = {}
    for section in ("scores", "text"):
        properties = schema("pairing")["properties"][section]["properties"]
        found[section] = {k for k, v in properties.items() if v.get("type") in ("number", "integer")}
    return found


def _settings(data: dict[str, Any]) -> Settings:
    names, text, exemption = data["names"], data["text"], data["exemption"]
    return Settings(
        names=NameRules(
            quotes="".join(names["quotes"]),
            copy_words=_longest_first(names["copy_words"]),
            edition_forms=dict(names["edition_forms"]),
            editions=_longest_first(names["editions"]),
            prefixes=_longest_first(names["prefixes"]),
            counts=re.compile(
                "(?:"
                + "|".join(map(re.escape, names["count_prefixes"]))
                + ")?[0-9一二三四五六七八九十两]+(?:"
                + "|".join(map(re.escape, names["count_units"]))
                + ")$"
            ),
        ),
        same_documents={name: group[0] for group in data["same_documents"] for name in group},
        suffix_noise=_longest_first(names["suffix_noise"]),
        holders=dict(names["holders"]),
        other_persons=tuple(names["other_persons"]),
        photo_ending=names["photos"]["ending"],
        document_endings=tuple(names["document_endings"]),
        photo_spellings=tuple(names["photos"]["spellings"].items()),
        photo_descriptors=_longest_first(names["photos"]["descriptors"]),
        scores={key: float(data["scores"][key]) for key in _SCORES},
        stopwords=_longest_first(text["stopwords"]),
        kept_words=tuple(text["kept_words"]),
        synonyms=tuple(sorted(text["synonyms"].items(), key=lambda item: len(item[0]), reverse=True)),
        persons={person: tuple(included or ()) for person, included in text["persons"].items()},
        implicit_requirements=_longest_first(text["implicit_requirements"]),
        implicit_clause_rest=int(text["implicit_clause_rest"]),
        routine_verifications=_longest_first(text["routine_verifications"]),
        narrowing_words=tuple(text["narrowing_words"]),
        condition_coverage=float(text["condition_coverage"]),
        requirement_coverage=float(text["requirement_coverage"]),
        same_condition=float(text["same_condition"]),
        condition_openers=tuple(exemption["condition_openers"]),
        condition_endings=tuple(exemption["condition_endings"]),
        channel_words=tuple(exemption["channel_words"]),
        condition_subjects=tuple(exemption["condition_subjects"]),
    )


# The scores the pairing reads: a file without one of them fails when it is read, not when used.
_SCORES = tuple(schema("pairing")["properties"]["scores"]["required"])


def _longest_first(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(words, key=len, reverse=True))
