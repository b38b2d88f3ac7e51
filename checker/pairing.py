"""Guide ↔ window checklist alignment: which window material is which guide material, and
whether the guide states what the window verifies.

Materials pair in these ways, strongest first (scores and thresholds in rules/pairing.yaml):

1. the names are equal once wrappers are removed (《》, 原件/复印件, 正副本, trailing bracketed
   editions and remarks; checker/text/normalize.py) and the glossary's canonical names applied;
2. both name glossary documents: the same document with compatible holders before it
   ("申请人居民身份证" ~ "居民身份证", not "配偶居民身份证"; each holder read by its full name in
   rules/pairing.yaml: 法人 → 法定代表人, 夫妻双方 → 申请人、配偶) and the same words after it
   ("北京市工作居住证申请表" is not the card), or an umbrella term and one of its members
   ("身份证明" ~ "居民身份证") or alternatives some of which are its members; two different
   glossary documents never pair (居民户口簿 / 居民身份证, 结婚证 / 离婚证);
3. a glossary document and a name outside the glossary pair only when the name is the
   document's name shortened from the front (租赁合同 ~ 房屋租赁合同; 残疾军人证 is not 残疾人证);
4. two names outside the glossary: one ends with or contains the other as whole words, or
   rapidfuzz's character-level ratio on the normalised names (Chinese has no spaces, so
   token-based scorers do not apply); names stating different numbers never pair. Among the
   names left unpaired, a short one that ends another as whole words, or a shortened form that
   keeps the other's characters in order and its ending (低保申请书 ~ 最低生活保障申请书), pairs
   with it when neither has another such candidate (照片 ~ 近期免冠照片). Photo names are
   compared without the words that only describe the photo (二寸彩照 ~ 二寸免冠彩色照片).

The assignment is one-to-one and greedy by score. The scores are tiered (equal names, then the
same glossary document, then umbrella relations, then fuzzy), so greedy assignment takes every
exact pair before any fuzzy candidate could claim one of its members; conflicts can remain only
between fuzzy candidates of similar score, where the nearer position in the lists decides. A
window material that demands several documents together ("身份证、户口本") also collects the
other guide materials it names, of the holders it names (a row naming nobody: the applicant's;
"申请人身份证及户口簿" is not the 配偶's 居民身份证), and a joined name ("执业药师注册证及身份证",
"出租人、承租人身份证明", "夫妻双方身份证") the ones it lists; a guide material named outside the glossary accepts the alternatives its
受理标准 offer ("林木权属证明": 不动产权证书或林权证), so the window taking only one is narrower.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any
from weakref import WeakKeyDictionary

from checker import packs
from checker.corpus import Pair
from checker.document import Document
from checker.findings import Related, Span
from checker.model import Located, Material, WindowMaterial
from checker.text.match import matchers
from checker.text.normalize import NameRules, clean, split_name, strip_list_marker
from checker.text.overlap import Content, Reader, coverage, sentences
from checker.text.vocabulary import Vocabulary

_CONNECTIVES = re.compile(r"[或及和与、,，/的]")
_HOLDER_PIECES = re.compile(f"({_CONNECTIVES.pattern})")  # kept: 及 and 、 tell several holders
_NUMERALS = re.compile(r"[0-9一二三四五六七八九十两]")
_ALTERNATIVES = re.compile(r"或|/")
_JOINED = re.compile(r"[及和与、]")
_CLAUSES = re.compile(r"[，,；;。]")
_OFFERED_PIECES = re.compile(r"或|/|、")
_BRACKETED = re.compile(r"（[^）]*）")
_VERIFIED_BY = re.compile(r"（以[^）]*为准）")  # how the window verifies it: 以身份证出生日期为准


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


@cache
def settings() -> Settings:
    """rules/pairing.yaml, read once."""
    data: dict[str, Any] = packs.parse(packs.read_builtin("pairing.yaml"), packs.builtin_path("pairing.yaml"))
    names, text, exemption = data["names"], data["text"], data["exemption"]
    return Settings(
        names=NameRules(
            quotes="".join(names["quotes"]),
            copy_words=_longest_first(names["copy_words"]),
            edition_forms=dict(names["edition_forms"]),
            editions=_longest_first(names["editions"]),
            prefixes=_longest_first(names["prefixes"]),
            counts=re.compile(
                "(?:一式)?[0-9一二三四五六七八九十两]+(?:"
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
        scores={k: float(v) for k, v in data["scores"].items()},
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


def _longest_first(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(words, key=len, reverse=True))


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
    core = _photo(parts.core)
    terms, before, after = _terms(core, vocabulary)
    several = len([p for p in _JOINED.split(before) if p]) > 1
    before = _CONNECTIVES.sub("", before)
    umbrellas = [t for t in terms if t in vocabulary.umbrellas]
    listed = set().union(*(_documents(note, vocabulary) for note in parts.notes))
    documents = terms - set(umbrellas)
    together = len(documents) > 1 and not umbrellas and _ALTERNATIVES.search(core) is None
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
    whole = _glossary_word(text, vocabulary)
    if whole is not None:  # the segmenter cuts at brackets: 居民死亡医学证明（推断）书
        return {whole}, "", ""
    tokens = _tokens(text, vocabulary)
    found = [_glossary_word(token, vocabulary) for token in tokens]
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


def _glossary_word(token: str, vocabulary: Vocabulary) -> str | None:
    canonical = vocabulary.canonical(token)
    return canonical if canonical in vocabulary.umbrellas or canonical in vocabulary.documents else None


def _documents(text: str, vocabulary: Vocabulary) -> set[str]:
    """Glossary documents (not umbrella terms) named in ``text``."""
    found = (_glossary_word(token, vocabulary) for token, _, _ in vocabulary.segmenter.tokens(clean(text)))
    return {t for t in found if t is not None and t not in vocabulary.umbrellas}


def accepted(name: Name, standards: Iterable[str], vocabulary: Vocabulary) -> frozenset[str]:
    """The documents a material accepts: an umbrella's members (or those of them its name or
    受理标准 enumerate), else the documents it names, else the alternatives its 受理标准 offer
    ("林木权属证明" with "不动产权证书或林权证"). Empty when it names none or demands several
    together (then no one of them is an alternative to the others)."""
    if name.together:
        return frozenset()
    if not name.terms:
        return _offered(standards, vocabulary)
    if name.umbrella is not None:
        members = set(vocabulary.umbrellas[name.umbrella].members)
        stated = set().union(*(_documents(s, vocabulary) for s in standards)) & members
        return frozenset(name.listed | stated) or frozenset(members)
    return name.listed | {t for t in name.terms if t not in vocabulary.umbrellas}


def _offered(standards: Iterable[str], vocabulary: Vocabulary) -> frozenset[str]:
    """What 受理标准 offer as alternatives: in a clause that lists documents with 或, the
    glossary documents of each, or the document as written when it names none
    ("自有场地的产权证明或停车场租赁合同"). A clause about something else ("填写不动产权证书编号
    或房屋租赁合同编号") offers nothing."""
    offered: set[str] = set()
    for standard in standards:
        for clause in _CLAUSES.split(clean(standard)):
            if _ALTERNATIVES.search(clause):
                offered |= _offered_in(clause, vocabulary)
    return frozenset(offered) if len(offered) > 1 else frozenset()


def _offered_in(clause: str, vocabulary: Vocabulary) -> set[str]:
    """The documents one clause offers, when each of its alternatives names a document."""
    s = settings()
    offered: set[str] = set()
    for piece in _OFFERED_PIECES.split(clause):
        documents = _documents(piece, vocabulary)
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
            return scores["same_document"] if _compatible(a.before, b.before) else 0.0
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


def _compatible(a: str, b: str) -> bool:
    """Holders and qualifiers that do not tell two materials apart (申请人 vs nothing; not
    申请人 vs 配偶)."""
    return not a or not b or a in b or b in a or _fuzz().ratio(a, b) >= settings().scores["min_score"]


def _fuzzy(a: str, b: str, vocabulary: Vocabulary) -> float:
    scores = settings().scores
    numerals_a, numerals_b = set(_NUMERALS.findall(a)), set(_NUMERALS.findall(b))
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


# ── alignment of one pair ─────────────────────────────────────────────────────


@dataclass(frozen=True, slots=True)
class Match:
    """A guide material and the window material that is the same material."""

    guide: Material
    window: WindowMaterial
    score: float
    alternatives: tuple[WindowMaterial, ...]  # further window materials the guide's one accepts
    kept: frozenset[str]  # documents both accept (when the window is narrower)
    excluded: frozenset[str]  # documents the guide accepts and the window does not
    repeats: tuple[WindowMaterial, ...] = ()  # the same document listed again ("…原件", "…复印件")


@dataclass(frozen=True, slots=True)
class Unpublished:
    """A window material with no counterpart in the guide, and the guide's nearest one."""

    window: WindowMaterial
    nearest: Material | None


@dataclass(frozen=True, slots=True)
class Alignment:
    matches: tuple[Match, ...]
    unpublished: tuple[Unpublished, ...]
    unchecked: tuple[Material, ...]  # guide materials the window does not collect


_ALIGNMENTS: WeakKeyDictionary = WeakKeyDictionary()  # context → {id(pair): (pair, alignment)}


def align(pair: Pair, ctx) -> Alignment:
    """The alignment of a pair, computed once per run (every pair rule asks for it)."""
    per_run = _ALIGNMENTS.setdefault(ctx, {})
    hit = per_run.get(id(pair))
    if hit is None or hit[0] is not pair:
        hit = (
            pair,
            align_materials(pair.guide.guide.materials, pair.checklist.checklist.materials, ctx.vocabulary),
        )
        per_run[id(pair)] = hit
    return hit[1]


def align_materials(guide: list[Material], window: list[WindowMaterial], vocabulary: Vocabulary) -> Alignment:
    """Pair guide and window materials one-to-one (see the module doc)."""
    gs = [(m, analyse(m.name.value, vocabulary)) for m in guide if m.name is not None]
    ws = [(m, analyse(m.name.value, vocabulary)) for m in window if m.name is not None]
    table = [[similarity(g, w, vocabulary) for _, w in ws] for _, g in gs]
    partner = _assign(table)
    partner.update(_leftovers(gs, ws, partner, vocabulary))
    accepts = {i: accepted(gs[i][1], (s.value for s in gs[i][0].standards), vocabulary) for i in partner}
    parts = _parts(gs, ws, partner, accepts, vocabulary)
    repeats = _repeats(ws, partner, parts)
    matches = []
    for i, j in sorted(partner.items()):
        window_accepts = set()
        for material, name in [ws[j], *(ws[k] for k in parts[i])]:
            window_accepts |= _as_offered(accepted(name, (), vocabulary), accepts[i], vocabulary)
            window_accepts |= _shortened_documents(name, accepts[i], vocabulary)
            points = (p.value for p in material.review_points)
            window_accepts |= set().union(*(_documents(p, vocabulary) for p in points)) & accepts[i]
        narrower = bool(window_accepts) and window_accepts < accepts[i]
        matches.append(
            (
                i,
                Match(
                    gs[i][0],
                    ws[j][0],
                    table[i][j],
                    tuple(ws[k][0] for k in parts[i]),
                    frozenset(window_accepts) if narrower else frozenset(),
                    frozenset(accepts[i] - window_accepts) if narrower else frozenset(),
                    tuple(ws[k][0] for k in repeats[i]),
                ),
            )
        )
    shared = _shared(gs, ws, partner, vocabulary)
    matches += [
        (i, Match(gs[i][0], ws[j][0], table[i][j], (), frozenset(), frozenset())) for i, j in shared.items()
    ]
    taken = set(partner.values()) | {k for ks in (*parts.values(), *repeats.values()) for k in ks}
    hint = settings().scores["hint_score"]
    unpublished = []
    for j, (material, _) in enumerate(ws):
        if j not in taken:
            best = max(range(len(gs)), key=lambda i: table[i][j], default=None)
            near = best is not None and table[best][j] >= hint and best not in partner
            unpublished.append(Unpublished(material, gs[best][0] if near else None))
    unchecked = tuple(gs[i][0] for i in range(len(gs)) if i not in partner and i not in shared)
    return Alignment(
        tuple(m for _, m in sorted(matches, key=lambda im: im[0])), tuple(unpublished), unchecked
    )


def _assign(table: list[list[float]]) -> dict[int, int]:
    """Guide index → window index, greedy by score, nearer positions first among equals."""
    rows, columns = len(table), len(table[0]) if table else 0
    least = settings().scores["min_score"]
    candidates = sorted(
        (
            (table[i][j], -abs(i / rows - j / columns), i, j)
            for i in range(rows)
            for j in range(columns)
            if table[i][j] >= least
        ),
        reverse=True,
    )
    partner: dict[int, int] = {}
    for _, _, i, j in candidates:
        if i not in partner and j not in partner.values():
            partner[i] = j
    return partner


def _leftovers(gs, ws, partner: dict[int, int], vocabulary: Vocabulary) -> dict[int, int]:
    """Names that pair only among what is left unpaired, when each is the other's only such
    candidate: a name outside the glossary that ends another as whole words but is too short to
    pair on its own ("照片" for "近期免冠照片", "章程" for "公司章程"), a shortened name
    (低保申请书), or a name the guide material's 受理标准 offers (停车场租赁合同)."""
    least = int(settings().scores["min_leftover_length"])
    guides = [i for i in range(len(gs)) if i not in partner]
    windows = [j for j in range(len(ws)) if j not in partner.values()]
    candidates = [
        (i, j)
        for i in guides
        for j in windows
        if (
            not gs[i][1].terms
            and not ws[j][1].terms
            and _ends_with(gs[i][1].key, ws[j][1].key, least, vocabulary)
        )
        or _ends_document(gs[i][1], ws[j][1], least)
        or _abbreviates(gs[i][1], ws[j][1])
        or _offers(gs[i], ws[j][1], vocabulary)
    ]
    return {
        i: j
        for i, j in candidates
        if sum(1 for a, _ in candidates if a == i) == 1 and sum(1 for _, b in candidates if b == j) == 1
    }


def _ends_with(a: str, b: str, least: int, vocabulary: Vocabulary) -> bool:
    """Whether the shorter of two names, at least ``least`` characters, ends the longer as whole
    words."""
    short, long = sorted((a, b), key=len)
    numerals = set(_NUMERALS.findall(short))
    if (
        len(short) < least
        or not long.endswith(short)
        or (numerals and numerals != set(_NUMERALS.findall(long)))
    ):
        return False
    return len(long) - len(short) in vocabulary.segmenter.find(long, short)


def _ends_document(a: Name, b: Name, least: int) -> bool:
    """Whether a short name outside the glossary ends a glossary document's name (章程 for
    公司章程: the glossary keeps the document one word, so this is no whole-word test)."""
    if bool(a.terms) == bool(b.terms):
        return False
    known, other = (a, b) if a.terms else (b, a)
    return len(other.key) >= least and known.key.endswith(other.key)


def _abbreviates(a: Name, b: Name) -> bool:
    """Whether the shorter of two names is the longer one shortened by leaving characters out
    (低保申请书 for 最低生活保障申请书, 施工许可申请表 for 建筑工程施工许可证申请表, 场所证明 for
    经营场所产权证明或租赁合同): it names no glossary document itself, its characters appear in
    order in the longer name (as written, or one alternative of it), it ends as that does, and
    it keeps at least the share of characters rules/pairing.yaml asks."""
    (short_name, short), (long_name, _) = sorted(((a, a.key), (b, b.key)), key=lambda nk: len(nk[1]))
    if short_name.terms or len(short) < settings().scores["min_containment_length"]:
        return False
    return any(_shortened_from(short, long) for long in _spellings(long_name))


def _spellings(name: Name) -> set[str]:
    """A name as the glossary reads it, as written, each alternative it offers, and each of
    these without a suffix that does not change the material (伐区调查设计文件 → 伐区调查设计)."""
    forms = {name.key, name.core, *_ALTERNATIVES.split(name.core)}
    for noise in settings().suffix_noise:
        forms |= {form.removesuffix(noise) for form in forms if len(form) > len(noise) + 1}
    return forms


def _shortened_from(short: str, long: str) -> bool:
    """Whether ``short`` keeps enough of ``long``'s characters, in order, and its ending."""
    scores = settings().scores
    if (
        len(short) < scores["min_abbreviation_share"] * len(long)
        or short[-2:] != long[-2:]
        or set(_NUMERALS.findall(short)) != set(_NUMERALS.findall(long))
    ):
        return False
    rest = iter(long)
    return all(ch in rest for ch in short)


def _offers(guide: tuple[Material, Name], window: Name, vocabulary: Vocabulary) -> bool:
    """Whether a guide material named outside the glossary offers, in its 受理标准, what the
    window collects: the documents it names, or the very name ("停车场租赁合同")."""
    material, name = guide
    if name.terms:
        return False
    standards = [clean(s.value) for s in material.standards]
    if window.terms:
        offered = _offered(standards, vocabulary)
        documents = _as_offered(window.terms | window.listed, offered, vocabulary)
        return window.umbrella is None and documents <= offered
    least = settings().scores["min_containment_length"]
    return len(window.key) >= least and any(vocabulary.segmenter.find(s, window.key) for s in standards)


def _as_offered(documents: Iterable[str], offered: frozenset[str], vocabulary: Vocabulary) -> set[str]:
    """Glossary documents as 受理标准 offer them: a document offered by its name shortened from
    the front, outside the glossary, is that offer (房屋租赁合同 for "租赁合同")."""
    least = settings().scores["min_containment_length"]
    shortened = [o for o in offered if len(o) >= least and _glossary_word(o, vocabulary) is None]
    return {d if d in offered else next((o for o in shortened if d.endswith(o)), d) for d in documents}


def _within(part: Name, whole: Name, vocabulary: Vocabulary) -> bool:
    """Whether a name is one of several that a joined name lists ("执业药师注册证" in
    "执业药师注册证及身份证"; "出租人身份证明" in "出租人、承租人身份证明", whose holders share
    the document)."""
    if not _JOINED.search(whole.core) and not whole.several:
        return False
    if part.terms and (part.terms, part.after) == (whole.terms, whole.after):
        return bool(part.before) and part.before != whole.before and part.before in whole.before
    least = settings().scores["min_containment_length"]
    return any(
        len(p) >= least and p != w and vocabulary.segmenter.find(w, p)
        for p in {part.key, part.core}
        for w in {whole.key, whole.core}
    )


def _shortened_documents(name: Name, documents: frozenset[str], vocabulary: Vocabulary) -> set[str]:
    """The documents a window name offers by a shortened name outside the glossary
    ("登记证书/营业执照" offers 民办非企业单位登记证书; "居民身份证" is not 临时居民身份证)."""
    least = settings().scores["min_containment_length"]
    pieces = [
        p for p in _ALTERNATIVES.split(name.core) if len(p) >= least and _glossary_word(p, vocabulary) is None
    ]
    return {d for d in documents for p in pieces if d.endswith(p)}


def _parts(
    gs, ws, partner: dict[int, int], accepts: dict[int, frozenset[str]], vocabulary: Vocabulary
) -> dict[int, list[int]]:
    """Unpaired window materials that name one of the documents a paired guide material
    accepts or demands together ("身份证明（居民身份证或护照）" listed as two window entries;
    "居民身份证及户口簿" likewise), or that a joined guide name lists ("主要负责人身份证" for
    "法定代表人、主要负责人居民身份证"): they belong to that guide material, not to nothing."""
    parts: dict[int, list[int]] = {i: [] for i in partner}
    paired = set(partner.values())
    for j, (_, w) in enumerate(ws):
        if j in paired:
            continue
        for i in partner:
            documents = accepts[i] | gs[i][1].terms
            if (
                w.terms
                and len(documents) > 1
                and w.terms <= documents
                and _compatible(w.before, gs[i][1].before)
            ) or _within(w, gs[i][1], vocabulary):
                parts[i].append(j)
                break
    return parts


def _shared(gs, ws, partner: dict[int, int], vocabulary: Vocabulary) -> dict[int, int]:
    """Unpaired guide materials that a window material demanding several documents together
    names ("身份证、户口本" collects both the guide's 居民身份证 and its 居民户口簿; a paired
    "执业药师注册证及身份证" also the guide's 执业药师注册证): guide index → window index."""
    shared: dict[int, int] = {}
    paired = set(partner.values())
    for i, (_, g) in enumerate(gs):
        if i in partner:
            continue
        for j, (_, w) in enumerate(ws):
            if (g.terms and w.together and g.terms <= w.terms and _holds(w, g)) or (
                j in paired and _within(g, w, vocabulary)
            ):
                shared[i] = j
                break
    return shared


def _holds(window: Name, guide: Name) -> bool:
    """Whether a window name demanding several documents collects the guide's holder's: the
    persons it names ("申请人身份证及户口簿" not the 配偶's), or, naming nobody, the applicant's
    and the documents with no holder (not the 配偶's or 子女's)."""
    if window.before:
        return _compatible(window.before, guide.before)
    return not any(person in guide.before for person in settings().other_persons)


def _repeats(ws, partner: dict[int, int], parts: dict[int, list[int]]) -> dict[int, list[int]]:
    """Unpaired window materials that name the same document as a paired one and ask for what
    it does not ("居民身份证原件" with only originals, "居民身份证复印件" with only copies): they
    are one material, its counts split. An entry asking again for the same originals or copies
    stays a material of its own."""
    claimed = set(partner.values()) | {k for ks in parts.values() for k in ks}
    repeats: dict[int, list[int]] = {i: [] for i in partner}
    asked = {i: _asked(ws[j][0]) for i, j in partner.items()}
    for j, (material, w) in enumerate(ws):
        if j in claimed:
            continue
        for i, paired in partner.items():
            if ws[paired][1].key == w.key and not asked[i] & _asked(material):
                repeats[i].append(j)
                asked[i] |= _asked(material)
                break
    return repeats


def _asked(material: WindowMaterial) -> set[str]:
    """Which of originals and copies a window material asks for."""
    counts = (("originals", material.originals), ("copies", material.copies))
    return {label for label, count in counts if count is not None and count.value > 0}


def related(doc: Document, span: Span, message: str) -> Related:
    """A related location in ``doc`` (the other document of a pair)."""
    return Related(doc.path, span.line, span.column, message)


# ── exemptions ────────────────────────────────────────────────────────────────


def exemption_is_conditional(text: str) -> bool:
    """Whether a 免提交 exempts only some applicants: it opens with a condition clause
    ("已领取电子营业执照的，…", "本市户籍的，…", "如已办理…") or states one before the
    exemption ("…的无需提交"). A first clause that only says how the window obtains the
    material ("已通过电子证照共享获取的，免于提交") is no condition on the applicant, unless it
    names whose material ("本市户籍人员通过人口库核验，免于提交")."""
    s = settings()
    text = clean(text)
    first = re.split(r"[,;，；。]", text, maxsplit=1)[0]
    if text.startswith(s.condition_openers):
        return True
    if any(word in first.split("通过", 1)[0] for word in s.condition_subjects):
        return True
    if any(word in first for word in s.channel_words):
        return False
    if first.endswith(s.condition_endings):
        return True
    return re.search(r"的(?:可|无需|不需|免|不再|通过|由)", first) is not None


# ── conditions and review points ──────────────────────────────────────────────


def text_content(text: str, vocabulary: Vocabulary) -> Content:
    return vocabulary.derived(_reader).content(text)


def _reader(vocabulary: Vocabulary) -> Reader:
    s = settings()
    return Reader(
        vocabulary.segmenter, s.stopwords, s.synonyms, vocabulary.canonical, s.persons, s.kept_words
    )


def best_condition(verification: str, conditions: list[Located[str]], vocabulary: Vocabulary):
    """The guide condition that best states a window verification, and how much of it."""
    needle = text_content(verification, vocabulary)
    best, best_score = None, 0.0
    for condition in conditions:
        score = coverage(needle, text_content(condition.value, vocabulary))
        if score > best_score:
            best, best_score = condition, score
    return best, best_score


def condition_stated(
    verification: str, conditions: list[Located[str]], materials: list[Material], vocabulary: Vocabulary
) -> bool:
    """Whether the guide states what the window verifies: in one of its 受理条件, or in what it
    says about one material (a verification of the contract's term is stated by the contract's
    受理标准)."""
    verification = _VERIFIED_BY.sub("", clean(verification))
    if _routine(verification):
        return True
    threshold = settings().condition_coverage
    best, score = best_condition(verification, conditions, vocabulary)
    if best is not None and score >= threshold and not _narrows(verification, [best.value]):
        return True
    needle = text_content(verification, vocabulary)
    return any(
        coverage(needle, material_content(m, vocabulary)) >= threshold
        and not _narrows(verification, [t.value for t in (m.name, *m.standards) if t is not None])
        for m in materials
    )


def _narrows(verification: str, stated: list[str]) -> bool:
    """Whether the window's verification narrows what the guide states by a word the guide
    does not use ("实缴注册资本不少于200万元" for "注册资本不少于200万元")."""
    return any(
        word in verification and not any(word in t for t in stated) for word in settings().narrowing_words
    )


def _routine(verification: str) -> bool:
    """Whether a window verification only names what the window checks for every applicant
    ("核验申请人身份"): nothing is left once routine checks and function words are removed."""
    s = settings()
    rest = clean(verification)
    for word in (*s.routine_verifications, *s.implicit_requirements, *s.stopwords):
        rest = rest.replace(word, "")
    return not re.sub(r"[,，、;；。\s]", "", rest)


def material_content(material: Material, vocabulary: Vocabulary) -> Content:
    """All the guide says about one material: its name, 适用情形, 受理标准 and 填报须知, and
    whether it asks for originals or copies."""
    texts = [material.name, material.applies_when, material.instructions, *material.standards]
    said = [text_content(t.value, vocabulary) for t in texts if t is not None]
    for count, word in ((material.originals, "原件"), (material.copies, "复印件")):
        if count is not None and count.value > 0:
            said.append(text_content(word, vocabulary))
    return Content(
        frozenset().union(*(c.units for c in said)),
        frozenset().union(*(c.numbers for c in said)),
        frozenset().union(*(c.persons for c in said)),
    )


def unstated_sentences(point: str, material: Material, vocabulary: Vocabulary) -> list[str]:
    """The sentences of a window 审查要点 that the guide's material does not state (what every
    material is expected to be, 真实、完整、清晰, does not count)."""
    haystack = material_content(material, vocabulary)
    threshold = settings().requirement_coverage
    return [
        s
        for s in sentences(point)
        if (needle := text_content(_without_implicit(s), vocabulary))
        and coverage(needle, haystack) < threshold
    ]


def _without_implicit(text: str) -> str:
    """``text`` without the clauses that only ask for what every material must be or what the
    window checks on every document ("证件真实有效", "字迹清晰", "核验原件与复印件一致"); what
    is left of such a clause is counted without function words ("核对申请人与证件照片一致")."""
    s = settings()
    kept = []
    for clause in re.split(r"[,，、;；]", text):
        rest = clause
        for word in s.implicit_requirements:
            rest = rest.replace(word, "")
        if rest != clause:
            for word in s.stopwords:
                rest = rest.replace(word, "")
        if rest == clause or len(rest) > s.implicit_clause_rest:
            kept.append(clause)
    return "，".join(kept)


def same_condition(a: str, b: str, vocabulary: Vocabulary) -> bool:
    """Whether two conditions state the same thing: each covers the other, and every clause of
    each is said in the other ("年满16周岁，具有本市户籍" is not "年满16周岁，未参加职工养老保险");
    their numbering ("（一）", "1.") does not count."""
    a, b = strip_list_marker(a), strip_list_marker(b)
    ca, cb = text_content(a, vocabulary), text_content(b, vocabulary)
    limit = settings().same_condition
    if coverage(ca, cb) < limit or coverage(cb, ca) < limit:
        return False
    return all(
        coverage(part, whole) >= limit
        for clauses, whole in ((_clauses(a), cb), (_clauses(b), ca))
        if len(clauses) > 1
        for clause in clauses
        if (part := text_content(clause, vocabulary))
    )


def _clauses(text: str) -> list[str]:
    """The clauses of ``text``, split at commas and semicolons outside brackets."""
    clauses, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += (ch in "（(") - (ch in "）)")
        if depth <= 0 and ch in "，,；;":
            clauses.append(text[start:i])
            start = i + 1
    clauses.append(text[start:])
    return [c for c in clauses if c.strip()]
