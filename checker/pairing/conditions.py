"""Whether the guide states what the window verifies: conditions, review points, exemptions."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from checker.model import Located, Material
from checker.pairing.constraints import Reading, read, read_list, without_levels
from checker.pairing.judgement import UNPUBLISHED, Gap, judge
from checker.pairing.settings import settings
from checker.text.normalize import clean, strip_list_marker
from checker.text.overlap import Content, Reader, coverage, sentences
from checker.text.vocabulary import Vocabulary

_VERIFIED_BY = re.compile(r"（以[^）]*为准）")  # how the window verifies it: 以身份证出生日期为准
_NUMERALS = re.compile(r"\d+(?:\.\d+)?|[零一二两三四五六七八九十百千]+(?=个?[年月日天周岁万元平%])")


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


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the guide leaves out of one window verification, and which reading decided:
    ``meaning`` (the constraints), ``text`` (shared words, when the constraints could not be
    read) or ``routine`` (a check the window makes of everyone)."""

    gaps: tuple[Gap, ...]
    decided_by: str

    @property
    def published(self) -> bool:
        return not self.gaps


def verify_condition(
    verification: str, conditions: list[Located[str]], materials: list[Material], vocabulary: Vocabulary
) -> Verdict:
    """Whether the guide states what the window verifies, by meaning: in one of its 受理条件,
    or in what it says about one material (a verification of the contract's term is stated by
    the contract's 受理标准). Where the verification cannot be read into constraints, by the
    words it shares with them."""
    verification = _VERIFIED_BY.sub("", clean(verification))
    if _routine(verification):
        return Verdict((), "routine")
    gaps = judge(read(verification, vocabulary), _guide_readings(conditions, materials, vocabulary))
    if gaps is not None:
        return Verdict(tuple(gaps), "meaning")
    if _stated_in_words(verification, conditions, materials, vocabulary):
        return Verdict((), "text")
    return Verdict((Gap(UNPUBLISHED, verification),), "text")


def condition_stated(
    verification: str, conditions: list[Located[str]], materials: list[Material], vocabulary: Vocabulary
) -> bool:
    """Whether the guide states what the window verifies (see verify_condition)."""
    return verify_condition(verification, conditions, materials, vocabulary).published


def _guide_readings(
    conditions: list[Located[str]], materials: list[Material], vocabulary: Vocabulary
) -> list[Reading]:
    """The guide's conditions, then what it says of each material (its name, 受理标准 and
    填报须知), each demanded of every applicant. What a material says is read without levels:
    "学位信息可在中国学位与研究生教育信息网查询" demands no 研究生 degree."""
    readings = read_list([c.value for c in conditions], vocabulary)
    for m in materials:
        for text in (m.name, m.instructions, *m.standards):
            if text is not None:
                readings.append(without_levels(read(text.value, vocabulary)))
    return readings


def _stated_in_words(
    verification: str, conditions: list[Located[str]], materials: list[Material], vocabulary: Vocabulary
) -> bool:
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
    return [gap.window for gap in requirement_gaps(point, material, vocabulary)]


def requirement_gaps(point: str, material: Material, vocabulary: Vocabulary) -> list[Gap]:
    """The sentences of a window 审查要点 that the guide's material does not state, or states more
    loosely ("近3个月内开具" where its 受理标准 says "近6个月内"). A sentence whose constraints
    the guide's words for the material cover or loosen is decided by meaning; one the reader
    cannot read, or whose attribute the material's words do not name, by the words they share."""
    haystack = material_content(material, vocabulary)
    threshold = settings().requirement_coverage
    said = [
        read(t.value, vocabulary)
        for t in (material.name, material.applies_when, material.instructions, *material.standards)
        if t is not None
    ]
    gaps: list[Gap] = []
    for sentence in sentences(point):
        judged = judge(read(sentence, vocabulary), said)
        if judged is not None and not any(g.kind == UNPUBLISHED for g in judged):
            gaps.extend(Gap(g.kind, sentence, g.guide) for g in judged[:1])
            continue
        needle = text_content(_without_implicit(sentence), vocabulary)
        if needle and coverage(needle, haystack) < threshold:
            gaps.append(Gap(UNPUBLISHED, sentence))
    return gaps


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


def differs_in_numbers(a: str, b: str, vocabulary: Vocabulary) -> bool:
    """Whether two conditions demand the same of the same persons and differ only in their
    numbers ("申请人年满18周岁" and "申请人年满16周岁")."""
    ca, cb = read(a, vocabulary).constraints, read(b, vocabulary).constraints
    if len(ca) != len(cb) or not ca:
        return False
    differ = False
    for x, y in zip(ca, cb, strict=True):
        if (x.quantity is None) != (y.quantity is None):
            return False
        if replace(x, quantity=None, clause="") != replace(y, quantity=None, clause=""):
            return False
        if x.quantity is not None and y.quantity is not None:
            if (x.quantity.unit, x.quantity.direction) != (y.quantity.unit, y.quantity.direction):
                return False
            differ = differ or x.quantity.value != y.quantity.value
    return differ and _numbers_out(a) == _numbers_out(b)


def _numbers_out(text: str) -> str:
    return _NUMERALS.sub("#", clean(strip_list_marker(text)))
