"""Which window material is which guide material, within one guide / checklist pair."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from checker.corpus import Pair
from checker.document import ChecklistDocument, GuideDocument
from checker.findings import Related, Span
from checker.model import Located, Material, WindowMaterial
from checker.pairing.names import (
    ALTERNATIVES,
    JOINED,
    NUMERALS,
    Name,
    accepted,
    analyse,
    compatible_holders,
    documents_named,
    glossary_word,
    offered_documents,
    similarity,
)
from checker.pairing.settings import settings
from checker.text.normalize import clean
from checker.text.vocabulary import Vocabulary

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
            window_accepts |= set().union(*(documents_named(p, vocabulary) for p in points)) & accepts[i]
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
            unpublished.append(Unpublished(material, gs[best][0] if best is not None and near else None))
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
    per_guide, per_window = Counter(i for i, _ in candidates), Counter(j for _, j in candidates)
    return {i: j for i, j in candidates if per_guide[i] == 1 and per_window[j] == 1}


def _ends_with(a: str, b: str, least: int, vocabulary: Vocabulary) -> bool:
    """Whether the shorter of two names, at least ``least`` characters, ends the longer as whole
    words."""
    short, long = sorted((a, b), key=len)
    numerals = set(NUMERALS.findall(short))
    if (
        len(short) < least
        or not long.endswith(short)
        or (numerals and numerals != set(NUMERALS.findall(long)))
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
    forms = {name.key, name.core, *ALTERNATIVES.split(name.core)}
    for noise in settings().suffix_noise:
        forms |= {form.removesuffix(noise) for form in forms if len(form) > len(noise) + 1}
    return forms


def _shortened_from(short: str, long: str) -> bool:
    """Whether ``short`` keeps enough of ``long``'s characters, in order, and its ending."""
    scores = settings().scores
    if (
        len(short) < scores["min_abbreviation_share"] * len(long)
        or short[-2:] != long[-2:]
        or set(NUMERALS.findall(short)) != set(NUMERALS.findall(long))
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
        offered = offered_documents(standards, vocabulary)
        documents = _as_offered(window.terms | window.listed, offered, vocabulary)
        return window.umbrella is None and documents <= offered
    least = settings().scores["min_containment_length"]
    return len(window.key) >= least and any(vocabulary.segmenter.find(s, window.key) for s in standards)


def _as_offered(documents: Iterable[str], offered: frozenset[str], vocabulary: Vocabulary) -> set[str]:
    """Glossary documents as 受理标准 offer them: a document offered by its name shortened from
    the front, outside the glossary, is that offer (房屋租赁合同 for "租赁合同")."""
    least = settings().scores["min_containment_length"]
    shortened = [o for o in offered if len(o) >= least and glossary_word(o, vocabulary) is None]
    return {d if d in offered else next((o for o in shortened if d.endswith(o)), d) for d in documents}


def _within(part: Name, whole: Name, vocabulary: Vocabulary) -> bool:
    """Whether a name is one of several that a joined name lists ("执业药师注册证" in
    "执业药师注册证及身份证"; "出租人身份证明" in "出租人、承租人身份证明", whose holders share
    the document)."""
    if not JOINED.search(whole.core) and not whole.several:
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
        p for p in ALTERNATIVES.split(name.core) if len(p) >= least and glossary_word(p, vocabulary) is None
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
                and compatible_holders(w.before, gs[i][1].before)
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
        return compatible_holders(window.before, guide.before)
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


def name_of(material: Material | WindowMaterial) -> Located[str]:
    """The name of an aligned material: only named materials take part in an alignment."""
    if material.name is None:
        raise ValueError("an aligned material always has a name")
    return material.name


def related(doc: GuideDocument | ChecklistDocument, span: Span, message: str) -> Related:
    """A related location in ``doc`` (the other document of a pair)."""
    end = span.end_column if span.end_line == span.line else 0
    return Related(doc.path, span.line, span.column, message, end)
