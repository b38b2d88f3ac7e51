"""The glossary (documents, variants, umbrella terms) and the wording vocabulary, as loaded data.

Built-in data lives in the repository's ``rules/`` folder; a department adds its own files in
the same format through ``glossaries`` and ``packs`` in guidelint.yaml. A malformed file raises
DataFileError naming the file and the line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any, TypeVar

from checker import datafiles
from checker.datafiles import DataFileError
from checker.text.segment import Segmenter

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class DocumentName:
    name: str
    variants: tuple[str, ...] = ()
    category: str = ""
    source: str = ""


@dataclass(frozen=True, slots=True)
class Umbrella:
    term: str
    members: tuple[str, ...]
    advice: str
    source: str = ""


@dataclass(frozen=True, slots=True)
class Phrase:
    phrase: str
    suggestion: str


@dataclass
class Vocabulary:
    documents: dict[str, DocumentName] = field(default_factory=dict)
    variants: dict[str, str] = field(default_factory=dict)  # variant → canonical name
    umbrellas: dict[str, Umbrella] = field(default_factory=dict)
    catch_all: dict[str, Phrase] = field(default_factory=dict)
    vague: dict[str, Phrase] = field(default_factory=dict)
    closers: tuple[str, ...] = ()
    placeholders: tuple[str, ...] = ()  # after 等, words that keep a list open (材料, 情形, 方面 …)
    other_endings: tuple[str, ...] = ()  # 其他……证明: the words that end a catch-all after 其他
    other_qualifiers: tuple[str, ...] = ()  # 其他合法稳定住所证明: words between 其他 and what it ends in
    example_markers: tuple[str, ...] = ()  # （如……等）: a bracket of examples
    form_endings: tuple[str, ...] = ()  # 残疾人证申请表: after a document's name, another document
    form_suffixes: tuple[str, ...] = ()  # a material named so is a form to fill in
    presence_phrases: tuple[str, ...] = ()  # words that demand the applicant in person
    presence_waivers: tuple[str, ...] = ()  # words before those that waive presence instead
    place_qualifiers: tuple[str, ...] = ()  # before a variant, a place that makes it another document
    synonyms: dict[str, str] = field(default_factory=dict)  # added to rules/pairing.yaml's, by packs
    holders: dict[str, str] = field(default_factory=dict)  # added to rules/pairing.yaml's, by packs
    condition_openers: tuple[str, ...] = ()  # （限……）: a bracket in a name that states when it is needed
    condition_endings: tuple[str, ...] = ()  # （……的除外）: likewise, by how the bracket ends
    issuer_markers: tuple[str, ...] = ()  # ……部门出具的: a name that says who issues the document
    hours_without_times: tuple[str, ...] = ()  # 办理时间: 工作日: words that name days, not hours
    protected: set[str] = field(default_factory=set)
    constraints: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (file, section)
    _derived: dict[Callable[[Vocabulary], Any], Any] = field(default_factory=dict, repr=False, compare=False)

    def derived(self, build: Callable[[Vocabulary], T]) -> T:
        """What ``build`` makes of this vocabulary (matchers, a text reader), made once."""
        if build not in self._derived:
            self._derived[build] = build(self)
        return self._derived[build]

    def canonical(self, name: str) -> str:
        """The canonical name for a variant (身份证 → 居民身份证); other names unchanged."""
        return self.variants.get(name, name)

    @cached_property
    def segmenter(self) -> Segmenter:
        """A segmenter whose dictionary is exactly this vocabulary's words."""
        return Segmenter(self.words())

    def words(self) -> set[str]:
        """Every word the domain tokenizer must keep whole."""
        return (
            set(self.documents)
            | set(self.variants)
            | set(self.umbrellas)
            | set(self.catch_all)
            | set(self.vague)
            | set(self.closers)
            | self.protected
        )


class _Reader:
    """Reads one data file, pointing at the line of a bad entry."""

    def __init__(self, path: str, text: str) -> None:
        self.path, self.text = path, text
        self.data = datafiles.parse(text, path) or {}
        if not isinstance(self.data, dict):
            raise DataFileError(path, 1, "顶层应为键值映射")

    def fail(self, needle: str, message: str) -> DataFileError:
        return DataFileError(self.path, datafiles.line_of(self.text, needle), message)

    def entries(self, key: str) -> list[dict[str, Any]]:
        value = self.data.get(key, [])
        if not isinstance(value, list):
            raise self.fail(f"{key}:", f"“{key}”应为列表")
        for entry in value:
            if not isinstance(entry, dict):
                raise self.fail(str(entry), f"“{key}”的每一项应为键值映射")
        return value

    def text_of(self, entry: dict[str, Any], key: str, required: bool = True) -> str:
        value = entry.get(key, "")
        if not isinstance(value, str) or (required and not value.strip()):
            raise self.fail(str(next(iter(entry.values()), "")), f"缺少“{key}”或不是文本：{entry}")
        return value.strip()

    def texts(self, entry: dict[str, Any], key: str) -> tuple[str, ...]:
        value = entry.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(str(next(iter(entry.values()), "")), f"“{key}”应为文本列表：{entry}")
        return tuple(v.strip() for v in value)


def add_glossary(vocabulary: Vocabulary, path: str, text: str) -> None:
    reader = _Reader(path, text)
    for entry in reader.entries("documents"):
        doc = DocumentName(
            reader.text_of(entry, "name"),
            reader.texts(entry, "variants"),
            reader.text_of(entry, "category", required=False),
            reader.text_of(entry, "source", required=False),
        )
        vocabulary.documents[doc.name] = doc
    for doc in vocabulary.documents.values():
        for variant in doc.variants:
            if variant in vocabulary.documents:
                raise reader.fail(variant, f"“{variant}”既是规范名称又是“{doc.name}”的不规范写法")
            owner = vocabulary.variants.get(variant)
            if owner not in (None, doc.name):
                raise reader.fail(variant, f"“{variant}”同时是“{owner}”和“{doc.name}”的不规范写法")
            vocabulary.variants[variant] = doc.name
    for entry in reader.entries("umbrellas"):
        umbrella = Umbrella(
            reader.text_of(entry, "term"),
            reader.texts(entry, "members"),
            reader.text_of(entry, "advice"),
            reader.text_of(entry, "source", required=False),
        )
        for member in umbrella.members:
            if member not in vocabulary.documents:
                raise reader.fail(member, f"笼统名称“{umbrella.term}”的成员“{member}”不在 documents 中")
        vocabulary.umbrellas[umbrella.term] = umbrella
    vocabulary.form_endings = _extended(vocabulary.form_endings, _word_list(reader, "form_endings"))
    vocabulary.place_qualifiers = _extended(vocabulary.place_qualifiers, _word_list(reader, "place_qualifiers"))
    vocabulary.protected.update(_word_list(reader, "protected"))


def add_wording(vocabulary: Vocabulary, path: str, text: str) -> None:
    reader = _Reader(path, text)
    for key, target in (("catch_all", vocabulary.catch_all), ("vague", vocabulary.vague)):
        for entry in reader.entries(key):
            phrase = Phrase(reader.text_of(entry, "phrase"), reader.text_of(entry, "suggestion"))
            target[phrase.phrase] = phrase
    vocabulary.closers = _extended(vocabulary.closers, _word_list(reader, "enumeration_closers"))
    vocabulary.placeholders = _extended(vocabulary.placeholders, _word_list(reader, "enumeration_placeholders"))
    vocabulary.other_endings = _extended(vocabulary.other_endings, _word_list(reader, "other_endings"))
    vocabulary.other_qualifiers = _extended(vocabulary.other_qualifiers, _word_list(reader, "other_qualifiers"))
    vocabulary.example_markers = _extended(vocabulary.example_markers, _word_list(reader, "example_markers"))
    vocabulary.form_suffixes = _extended(vocabulary.form_suffixes, _word_list(reader, "form_suffixes"))
    vocabulary.presence_phrases = _extended(vocabulary.presence_phrases, _word_list(reader, "presence_phrases"))
    vocabulary.presence_waivers = _extended(vocabulary.presence_waivers, _word_list(reader, "presence_waivers"))
    vocabulary.synonyms.update(_word_map(reader, "synonyms"))
    vocabulary.holders.update(_word_map(reader, "holders"))
    vocabulary.condition_openers = _extended(vocabulary.condition_openers, _word_list(reader, "condition_openers"))
    vocabulary.condition_endings = _extended(vocabulary.condition_endings, _word_list(reader, "condition_endings"))
    vocabulary.issuer_markers = _extended(vocabulary.issuer_markers, _word_list(reader, "issuer_markers"))
    vocabulary.hours_without_times = _extended(
        vocabulary.hours_without_times, _word_list(reader, "hours_without_times")
    )
    vocabulary.protected.update(_word_list(reader, "protected"))
    section = reader.data.get("constraints")
    if section is not None:
        if not isinstance(section, dict):
            raise reader.fail("constraints:", "“constraints”应为键值映射（读条件用的词语）")
        vocabulary.constraints.append((path, section))


def _extended(words: tuple[str, ...], more: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` then those of ``more`` not among them, in order."""
    return tuple(dict.fromkeys(words + more))


def _word_map(reader: _Reader, key: str) -> dict[str, str]:
    value = reader.data.get(key, {})
    if not isinstance(value, dict) or not all(isinstance(v, str) and v.strip() for v in value.values()):
        raise reader.fail(f"{key}:", f"“{key}”应为“写法: 统一写法”的映射")
    return {str(k).strip(): v.strip() for k, v in value.items()}


def _word_list(reader: _Reader, key: str) -> tuple[str, ...]:
    value = reader.data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise reader.fail(f"{key}:", f"“{key}”应为文本列表")
    return tuple(v.strip() for v in value)


def _read(path: str) -> str:
    try:
        return Path(path).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise DataFileError(path, None, f"无法读取：{err}") from None


@cache
def load_vocabulary(glossaries: tuple[str, ...] = (), wording: tuple[str, ...] = ()) -> Vocabulary:
    """Built-in vocabulary plus the given extra files (later files extend and override)."""
    vocabulary = Vocabulary()
    add_glossary(vocabulary, datafiles.builtin_path("glossary.yaml"), datafiles.read_builtin("glossary.yaml"))
    add_wording(vocabulary, datafiles.builtin_path("wording.yaml"), datafiles.read_builtin("wording.yaml"))
    add_wording(vocabulary, datafiles.builtin_path("constraints.yaml"), datafiles.read_builtin("constraints.yaml"))
    for path in glossaries:
        add_glossary(vocabulary, path, _checked(path, "glossary"))
    for path in wording:
        add_wording(vocabulary, path, _checked(path, "wording"))
    return vocabulary


def _checked(path: str, kind: str) -> str:
    """A department's file, checked against its schema (the built-in files are, by a test)."""
    from checker.schemas.vocabulary_files import check_data_file

    text = _read(path)
    check_data_file(kind, path, text)
    return text
