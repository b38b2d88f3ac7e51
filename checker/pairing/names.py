"""Material names: what a name is made of, and how alike two names are."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from checker.pairing.settings import settings
from checker.text.match import matchers
from checker.text.normalize import clean, split_name
from checker.text.vocabulary import Vocabulary

_CONNECTIVES = re.compile(r"[或及和与、,，/的]")
_HOLDER_PIECES = re.compile(f"({_CONNECTIVES.pattern})")  # kept: 及 and 、 tell several holders
NUMERALS = re.compile(r"[0-9一二三四五六七八九十两]")
ALTERNATIVES = re.compile(r"或|/")
JOINED = re.compile(r"[及和与、]")
_CLAUSES = re.compile(r"[，,；;。]")
_OFFERED_PIECES = re.compile(r"或|/|、")
_BRACKETED = re.compile(r"（[^）]*）")
_JOINTS = re.compile(r"以及|及|和|、")


# ── material names ────────────────────────────────────────────────────────────


@dataclass(frozen=True, slots=True)
class Name:
    """A material name as the pairing sees it."""

    text: str
    core: str  # wrappers removed
    key: str  # the core with the glossary's canonical name applied
    terms: frozenset[str]  # canonical glossary documents and umbrella terms named in the core
    umbrella: str | None  # the umbrella term, when the core names one
    listed: frozenset[str]  # alternatives the name enumerates ("或" in the core, or in brackets)
    together: bool  # the core names several documents, all demanded (居民身份证及户口簿)
    before: str  # words before the glossary words: holders and qualifiers (申请人, 高等学校)
    several: bool  # the words before name several holders (申请人及配偶, 夫妻双方)
    after: str  # words after them, which make it another document (北京市工作居住证申请表)


def analyse(text: str, vocabulary: Vocabulary) -> Name:
    """Take a material name apart (normalised core, glossary documents, enumerations); each
    name once per vocabulary, since the same names recur across a corpus."""
    known = vocabulary.derived(_analysed)
    name = known.get(text)
    if name is None:
        name = known[text] = _analyse(text, vocabulary)
    return name


def _analysed(vocabulary: Vocabulary) -> dict[str, Name]:
    return {}


def _analyse(text: str, vocabulary: Vocabulary) -> Name:
    parts = split_name(text, settings().names)
    core = _photo(_without_catch_all(parts.core, vocabulary))
    terms, before, after = _terms(core, vocabulary)
    several = len([p for p in JOINED.split(before) if p]) > 1
    before = _CONNECTIVES.sub("", before)
    umbrellas = [t for t in terms if t in vocabulary.umbrellas]
    listed = set().union(*(documents_named(note, vocabulary) for note in parts.notes))
    documents = terms - set(umbrellas)
    together = len(documents) > 1 and not umbrellas and ALTERNATIVES.search(core) is None
    if (len(documents) > 1 and not together) or umbrellas:
        listed |= documents
    return Name(
        text=text,
        core=core,
        key=_same_as(_canonical_name(core, vocabulary)),
        terms=frozenset(terms),
        umbrella=umbrellas[0] if len(umbrellas) == 1 else None,
        listed=frozenset(listed),
        together=together,
        before=before,
        several=several,
        after=after,
    )


def _without_catch_all(core: str, vocabulary: Vocabulary) -> str:
    """The name without a catch-all joined to its end ("健康证及卫生行政部门要求提供的其他资料" →
    健康证): the row demands the document, and catch-all-clause reports the rest. A catch-all
    offered as an alternative (营业执照或其他主体资格证明) stays: the row is broader than the document."""
    hits = [hit for hit in matchers(vocabulary).catch_alls(core) if hit.end == len(core)]
    if not hits:
        return core
    start = hits[0].start
    joints = [start] if _JOINTS.match(core, start) else [m.start() for m in _JOINTS.finditer(core, 0, start)]
    return core[: joints[-1]] if joints and joints[-1] > 0 else core


def _photo(core: str) -> str:
    """A photo's name without the words that only say what it looks like (二寸免冠彩色照片 →
    二寸照片); other names unchanged."""
    s = settings()
    for short, full in s.photo_spellings:
        if core.endswith(short):
            core = core.removesuffix(short) + full
    if not core.endswith(s.photo_ending):
        return core
    rest = core.removesuffix(s.photo_ending)
    for word in s.photo_descriptors:
        rest = rest.replace(word, "")
    return rest + s.photo_ending if rest else core


def _canonical_name(text: str, vocabulary: Vocabulary) -> str:
    """``text`` with the glossary applied: the canonical name for a variant, also inside a longer
    name (申请人企业法人营业执照 → 申请人营业执照), as nonstandard-name would rewrite it."""
    whole = vocabulary.canonical(text)
    if whole != text:
        return whole
    pieces, position = [], 0
    for hit in matchers(vocabulary).variants(text):
        pieces += [text[position : hit.start], vocabulary.variants[hit.term]]
        position = hit.end
    return "".join(pieces) + text[position:]


def _same_as(canonical: str) -> str:
    """The one name for documents that pair as the same material (rules/pairing.yaml)."""
    return settings().same_documents.get(canonical, canonical)


def _terms(text: str, vocabulary: Vocabulary) -> tuple[set[str], str, str]:
    """Glossary words in ``text`` (canonical), the words before them with each holder's full
    name (法人及经办人 → 法定代表人及经办人, 夫妻双方 → 申请人、配偶), and the words after them."""
    whole = glossary_word(text, vocabulary)
    if whole is not None:  # the segmenter cuts at brackets: 居民死亡医学证明（推断）书
        return {whole}, "", ""
    tokens = _tokens(text, vocabulary)
    found = [glossary_word(token, vocabulary) for token in tokens]
    places = [i for i, term in enumerate(found) if term is not None]
    if not places:
        return set(), "", ""
    holders = settings().holders
    before = "".join(tokens[: places[0]])
    before = "".join(holders.get(p, p) for p in _HOLDER_PIECES.split(before))
    after = _CONNECTIVES.sub("", "".join(tokens[places[-1] + 1 :]))
    for noise in settings().suffix_noise:
        after = after.removesuffix(noise)
    return {t for t in found if t is not None}, before, after


def _tokens(text: str, vocabulary: Vocabulary) -> list[str]:
    """The segmenter's tokens, with a document name that brackets cut apart kept as one token
    (申请人个体工商户登记（备案）申请书 → 申请人, 个体工商户登记（备案）申请书)."""
    whole = {hit.start: hit.end for hit in matchers(vocabulary).names(text)}
    tokens, until = [], 0
    for token, start, end in vocabulary.segmenter.tokens(text):
        if start < until:
            continue
        until = whole.get(start, end)
        tokens.append(text[start:until] if until > end else token)
    return tokens


def glossary_word(token: str, vocabulary: Vocabulary) -> str | None:
    canonical = vocabulary.canonical(token)
    return canonical if canonical in vocabulary.umbrellas or canonical in vocabulary.documents else None


def documents_named(text: str, vocabulary: Vocabulary) -> set[str]:
    """Glossary documents (not umbrella terms) named in ``text``."""
    found = (glossary_word(token, vocabulary) for token, _, _ in vocabulary.segmenter.tokens(clean(text)))
    return {t for t in found if t is not None and t not in vocabulary.umbrellas}


def accepted(name: Name, standards: Iterable[str], vocabulary: Vocabulary) -> frozenset[str]:
    """The documents a material accepts: an umbrella's members (or those of them its name or
    受理标准 enumerate), else the documents it names, else the alternatives its 受理标准 offer
    ("林木权属证明" with "不动产权证书或林权证"). Empty when it names none or demands several
    together (then no one of them is an alternative to the others)."""
    if name.together:
        return frozenset()
    if not name.terms:
        return offered_documents(standards, vocabulary)
    if name.umbrella is not None:
        members = set(vocabulary.umbrellas[name.umbrella].members)
        stated = set().union(*(documents_named(s, vocabulary) for s in standards)) & members
        return frozenset(name.listed | stated) or frozenset(members)
    return name.listed | {t for t in name.terms if t not in vocabulary.umbrellas}


def offered_documents(standards: Iterable[str], vocabulary: Vocabulary) -> frozenset[str]:
    """What 受理标准 offer as alternatives: in a clause that lists documents with 或, the
    glossary documents of each, or the document as written when it names none
    ("自有场地的产权证明或停车场租赁合同"). A clause about something else ("填写不动产权证书编号
    或房屋租赁合同编号") offers nothing."""
    offered: set[str] = set()
    for standard in standards:
        for clause in _CLAUSES.split(clean(standard)):
            if ALTERNATIVES.search(clause):
                offered |= _offered_in(clause, vocabulary)
    return frozenset(offered) if len(offered) > 1 else frozenset()


def _offered_in(clause: str, vocabulary: Vocabulary) -> set[str]:
    """The documents one clause offers, when each of its alternatives names a document."""
    s = settings()
    offered: set[str] = set()
    for piece in _OFFERED_PIECES.split(clause):
        documents = documents_named(piece, vocabulary)
        if documents:
            offered |= documents
        elif len(piece) >= s.scores["min_containment_length"] and piece.endswith(s.document_endings):
            offered.add(piece)
        else:
            return set()
    return offered


def similarity(a: Name, b: Name, vocabulary: Vocabulary) -> float:
    """How surely two material names mean the same material (0–100); see the module doc."""
    scores = settings().scores
    if a.key == b.key:
        return scores["same"]
    if a.terms and b.terms:
        if a.after != b.after:
            return 0.0  # 北京市工作居住证申请表 is not 北京市工作居住证
        if a.terms & b.terms:
            return scores["same_document"] if compatible_holders(a.before, b.before) else 0.0
        if b.terms <= accepted(a, (), vocabulary) or a.terms <= accepted(b, (), vocabulary):
            return scores["related"]
        if _alternatives_overlap(a, b, vocabulary) or _alternatives_overlap(b, a, vocabulary):
            return scores["related"]
        if a.umbrella and b.umbrella and _members(a, vocabulary) == _members(b, vocabulary):
            return scores["related"]  # 房产证 / 房屋所有权证明: the same documents
        return 0.0
    if a.terms or b.terms:
        return _shortened(a, b)
    return _fuzzy(a.key, b.key, vocabulary)


def _members(name: Name, vocabulary: Vocabulary) -> frozenset[str]:
    """The members of the umbrella term a name is, if it is one."""
    return frozenset(vocabulary.umbrellas[name.umbrella].members) if name.umbrella else frozenset()


def _alternatives_overlap(umbrella: Name, other: Name, vocabulary: Vocabulary) -> bool:
    """Whether ``other`` lists alternatives of which some are members of ``umbrella``'s umbrella
    term ("退伍证或转业证、退休证" for 退出现役证明): the same slot, whether it is broader is
    the other rules' question."""
    return umbrella.umbrella is not None and bool(other.listed & accepted(umbrella, (), vocabulary))


def _shortened(a: Name, b: Name) -> float:
    """A glossary document and a name outside the glossary pair only when that name is the
    document's name shortened from the front (租赁合同 for 房屋租赁合同), not when it merely
    looks alike (残疾军人证 is not 残疾人证)."""
    known, other = (a, b) if a.terms else (b, a)
    scores = settings().scores
    if len(other.key) >= scores["min_containment_length"] and (
        known.key.endswith(other.key) or _BRACKETED.sub("", known.key).endswith(other.key)
    ):
        return scores["suffix"]  # 登记申请书 for 个体工商户登记（备案）申请书
    return 0.0


def same_material(a: Name, b: Name, vocabulary: Vocabulary) -> bool:
    """Whether two names mean the same material, an umbrella and its member not counting
    (for comparing guides with each other rather than a guide with its window)."""
    if a.terms and b.terms and not a.terms & b.terms and a.key != b.key:
        return False
    return similarity(a, b, vocabulary) >= settings().scores["min_score"]


@cache
def _fuzz() -> Any:
    """rapidfuzz's scorers, imported on first use: checking one guide never needs them."""
    from rapidfuzz import fuzz

    return fuzz


def compatible_holders(a: str, b: str) -> bool:
    """Holders and qualifiers that do not tell two materials apart (申请人 vs nothing; not
    申请人 vs 配偶)."""
    return not a or not b or a in b or b in a or _fuzz().ratio(a, b) >= settings().scores["min_score"]


def _fuzzy(a: str, b: str, vocabulary: Vocabulary) -> float:
    scores = settings().scores
    numerals_a, numerals_b = set(NUMERALS.findall(a)), set(NUMERALS.findall(b))
    if numerals_a and numerals_b and numerals_a != numerals_b:
        return 0.0  # 一寸照片 / 二寸照片
    score = _fuzz().ratio(a, b)
    short, long = sorted((a, b), key=len)
    if short in long:
        starts = vocabulary.segmenter.find(long, short)
        if not starts:
            return 0.0  # inside another word: 居民身份证 in 居民身份证明
        if len(short) < scores["min_containment_length"]:
            return score
        suffix = len(long) - len(short) in starts
        score = max(score, scores["suffix"] if suffix else scores["contained"])
    return score
