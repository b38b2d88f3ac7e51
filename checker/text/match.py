"""Find the vocabulary in Chinese text where it stands as whole words.

One ``Matchers`` per Vocabulary (built once, see ``matchers``) finds umbrella terms, catch-all
phrases, lists left open by 等, vague qualifiers and variants of document names. Every search
goes through the vocabulary's segmenter, so 身份证 is not found inside 身份证明 nor 等 inside
等级; words inside a book title (《……》) are a title's words, not the editor's, and are skipped,
and so is law quoted after its title (《……》第十二条规定：“……”).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from checker.text.vocabulary import Umbrella, Vocabulary


@dataclass(frozen=True, slots=True)
class Hit:
    """``text[start:end]`` matched the vocabulary entry ``term``."""

    start: int
    end: int
    term: str


_CACHED_TEXTS = 65536
# A book title, and a title followed by the law's words in quotes (《……》第十二条规定：“……”):
# quoted law is the legislator's wording, not the editor's.
_TITLE = re.compile(r"《[^《》]*》(?:[^《》“”。；;\n]{0,20}?(?:条|款|项|规定)[：:，,\s]*“[^“”]*”)?")
# Marks that end the clause an enumeration can belong to.
_CLAUSE_ENDS = set("。；;！!？?\n：:")
_OPENERS = {"（": "）", "(": ")", "【": "】", "[": "]", "“": "”", "「": "」"}
_CLOSERS = {close: open_ for open_, close in _OPENERS.items()}
_SEPARATOR = re.compile(r"[、，,]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_FULL_WIDTH = str.maketrans("()", "（）")  # one character for one: positions stay
_LIST_MARKERS = re.compile(r"（[0-9０-９一二三四五六七八九十]{1,2}）")
# A heading over a numbered list ("其他相关有效证明材料：(1)……(2)……"): the list says what it holds.
_HEADING = re.compile(r"\s*[：:]\s*(?:[（(][0-9０-９一二三四五六七八九十]{1,2}[)）]|[0-9０-９]{1,2}[.、．])")
_ELLIPSIS = re.compile(r"(?:…+|\.{3,})\s*$")
_MAX_ITEM = 20  # characters: a longer "item" is a clause, not a list entry
_MAX_COMMA_ITEM = 12  # items separated by ， must look like names, not clauses
_MIN_COMMA_ITEMS = 3
# 等 followed by a count of items ("等三项材料", "等三证") closes an exhaustive list; a count
# of copies ("等各1份") does not.
_COUNTED = re.compile(r"\s*[0-9０-９一二两三四五六七八九十]+\s*[项种个类件证]")
# What opens the first item of a list but is not part of it: 需提交结婚证、离婚证等 → 结婚证、离婚证等.
_LEAD = re.compile(
    r"(?:.*(?:提交|提供|出具|携带|持有|出示|上传|包括|包含|例如|比如|涉及|需要|应当|可在|通过|填写|填报|注明|载明)的?)?"
    r"(?:[因由经凭将向如持须需应及]\s*)*"
)
# An explicit list after 如 / 包括 / 即 / 指 / ：, for umbrellas without a member list.
_EXPLICIT_LIST = re.compile(
    r"(?:例如|比如|包括|包含|(?<![例比])如(?![实有需果下何此期])|即(?![可时日])|系指|(?<!系)指(?![定纹导南示])|[：:])"
    r"\s*[^、，,。；;）)]+[、，,或和及][^、，,。；;）)]+"
)
# For an umbrella without members (收入证明, 相关证明): who issues the document and what it must
# state, as its advice asks ("由所在单位出具，载明近12个月收入").
_ISSUER_AND_CONTENT = re.compile(r"出具.*(?:载明|注明|写明|列明)|(?:载明|注明|写明|列明).*出具")
OTHER_TERM = "其他……"  # the term of a catch-all 其他 + qualifiers + a document word (其它书面有效证明)
# After a list closed by 等, what may stand before the bracket that holds it: the list explains
# the word before the bracket ("从业人员情况（数量、岗位、体检及卫生知识培训等情况）").
_BRACKET_TAIL = 4
_MIN_CATEGORY_ITEMS = 3
# 等 after a title that says more laws are meant (《建筑法》等法律法规); "按照《……》等办理" does not.
_MORE_LAWS = re.compile(r"等(?:有关|相关)?(?:法律|行政法规|法规|规章|规定|文件|政策)")


class Matchers:
    """The matchers of one vocabulary."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self.segmenter = vocabulary.segmenter
        self._umbrella_terms = _by_first_character(vocabulary.umbrellas)
        self._catch_all = _by_first_character(vocabulary.catch_all)
        self._vague = _by_first_character(vocabulary.vague)
        self._names = _by_first_character(set(vocabulary.variants) | set(vocabulary.documents))
        self._closers = tuple(sorted(vocabulary.closers, key=lambda t: (-len(t), t)))
        # 其他 before an umbrella term or a document word, perhaps with qualifiers between
        # (其他合法稳定住所证明, 其它书面有效证明), not with a holder (其他共有人身份证明).
        qualifiers = "|".join(map(re.escape, sorted(vocabulary.other_qualifiers, key=len, reverse=True)))
        self._other = re.compile(f"其[他它](?:的)?(?:{qualifiers})*" if qualifiers else "其[他它](?:的)?")
        # The same sentences recur across districts' guides: each is searched once per run.
        for method in ("umbrellas", "catch_alls", "vague", "names", "variants"):
            setattr(self, method, lru_cache(maxsize=_CACHED_TEXTS)(getattr(self, method)))

    def umbrellas(self, text: str) -> tuple[Hit, ...]:
        """Umbrella terms (身份证明, 有效身份证件 …)."""
        return tuple(self._terms(text, self._umbrella_terms))

    def catch_alls(self, text: str) -> tuple[Hit, ...]:
        """Catch-all phrases (其他材料 …), an umbrella term after 其他 (营业执照或其他主体资格
        证明: the term is the umbrella's) and lists left open by 等; the longest match wins."""
        others = [
            Hit(hit.start - len(prefix.group()), hit.end, hit.term)
            for hit in self.umbrellas(text)
            if (prefix := self.other_before(text, hit))
        ]
        hits = self._terms(text, self._catch_all) + others + self._other_documents(text) + self.open_lists(text)
        return tuple(hit for hit in _longest(hits) if not _HEADING.match(text, hit.end))

    def _other_documents(self, text: str) -> list[Hit]:
        """其他 / 其它, a few qualifiers and a document word (证明, 材料, 证件 …) that ends a word:
        "结婚证或能够证明家庭成员关系的其它书面有效证明"."""
        hits = []
        for ending in self.vocabulary.other_endings:
            for start in self.segmenter.find(text, ending):
                prefix = self.other_before(text, Hit(start, start + len(ending), ending))
                if prefix:
                    hits.append(Hit(prefix.start(), start + len(ending), OTHER_TERM))
        return _outside_titles(text, hits)

    def other_before(self, text: str, hit: Hit) -> re.Match[str] | None:
        """其他 / 其它 (and qualifiers) right before ``hit``: the words are a catch-all, not a name."""
        for start in (m.start() for m in re.finditer("其[他它]", text[: hit.start])):
            match = self._other.fullmatch(text, start, hit.start)
            if match:
                return match
        return None

    def vague(self, text: str) -> tuple[Hit, ...]:
        """Vague qualifiers (必要时, 原则上, 近期 …)."""
        return tuple(self._terms(text, self._vague))

    def variants(self, text: str, titled: bool = False) -> tuple[Hit, ...]:
        """Variants of document names (身份证, 户口本 …) that stand for the canonical document.
        A variant inside a canonical name is that name (居民死亡医学证明 in 居民死亡医学证明（推断）书:
        brackets split tokens, so the segmenter alone cannot keep the name whole), and one
        followed by a form's ending names the form (残疾人证申请表). ``titled``: a material's name
        in 《》 is still a name ("凭《死亡医学证明》办理")."""
        return tuple(
            hit
            for hit in self.names(text, titled)
            # a variant qualified by a place names another document: 香港身份证 is not the 居民身份证
            if hit.term in self.vocabulary.variants
            and not text[: hit.start].endswith(self.vocabulary.place_qualifiers)
            and not text.startswith(self.vocabulary.form_endings, hit.end)
        )

    def names(self, text: str, titled: bool = False) -> tuple[Hit, ...]:
        """Document names and their variants, canonical or not, the longest first; inside book
        titles too when ``titled``."""
        return tuple(self._terms(text, self._names, titled))

    def open_lists(self, text: str) -> list[Hit]:
        """Enumerations closed by 等 / 等等 (结婚证、离婚证等); the hit spans the list and its closer."""
        titles = _titles(text)
        hits = []
        for closer in self._closers:
            for start in self.segmenter.find(text, closer):
                end = start + len(closer)
                if _COUNTED.match(text, end) or _inside(start, end, titles):
                    continue
                first = self._list_start(text, start, titles)
                if first is not None and not self._closed(text, first, start, end):
                    laws = _MORE_LAWS.match(text, start)  # 《甲》《乙》等有关法律法规: all one span
                    hits.append(Hit(first, max(end, laws.end() if laws else end), closer))
        return hits

    def _closed(self, text: str, first: int, closer: int, end: int) -> bool:
        """Whether a list closed by 等 still says exactly what is meant: it fills a bracket of
        examples or contents that explains the word before it ("监护证明（如出生医学证明、居民户口簿
        等）", "（数量、岗位、体检及卫生知识培训等情况）"; a bare "（居民身份证、护照等）" stays open), or
        three causes or more are followed by the category that defines them ("因探亲、访友、旅游等私人
        事务出境", "因交通、工伤、意外等事故"); a placeholder after 等 (材料, 情形, 方面 …) leaves it open."""
        text = text.translate(_FULL_WIDTH)
        opening = _clause_start(text, closer)
        closing = text.find("）", end) if opening and text[opening - 1] == "（" else -1
        if closing != -1 and 0 < closing - end <= _BRACKET_TAIL and not _SEPARATOR.search(text, end, closing):
            return True  # （数量、岗位……等情况）: the contents of what stands before the bracket
        if opening and text[opening - 1] == "（" and text.startswith(self.vocabulary.example_markers, opening):
            return True
        rest = text[end:]
        if not rest or not _CJK.match(rest) or rest.startswith(self.vocabulary.placeholders):
            return False
        head = _SEPARATOR.search(text, first, closer)
        cause = "因" in text[_clause_start(text, first) : head.start() if head else closer]  # the first item
        return cause and len(_SEPARATOR.findall(text, first, closer)) + 1 >= _MIN_CATEGORY_ITEMS

    def _list_start(self, text: str, closer: int, titles: list[tuple[int, int]]) -> int | None:
        """Where the enumeration that ``text[closer]`` closes begins, or None when the 等 does
        not close a list (it follows a lone item or a whole clause, or means "wait"). A title
        (《……》) is one item, whatever punctuation it holds."""
        clause = max([_clause_start(text, closer), *self._closer_ends(text, closer)])
        separators = [
            m.start()
            for m in _SEPARATOR.finditer(text, clause, closer)
            if not _inside(m.start(), m.end(), titles)
        ]
        if not separators:  # ……等: the items themselves were left out
            ellipsis = _ELLIPSIS.search(text, clause, closer)
            return ellipsis.start() if ellipsis else self._named_item_start(text, clause, closer, titles)
        kind = _kind(text[separators[-1]])
        limit = _MAX_ITEM if kind == "、" else _MAX_COMMA_ITEM
        last = text[separators[-1] + 1 : closer].strip()
        if not last or len(last) > limit:
            return None
        first, items = None, 1
        for index in range(len(separators) - 1, -1, -1):
            if _kind(text[separators[index]]) != kind:
                break
            left = separators[index - 1] + 1 if index else clause
            head = index == 0 or _kind(text[separators[index - 1]]) != kind
            item = text[left : separators[index]]
            if not head and 0 < len(item.strip()) <= limit:
                first, items = left + len(item) - len(item.lstrip()), items + 1
                continue
            begin = self._item_start(text, left, separators[index], limit) if item.strip() else None
            if begin is not None:
                first, items = begin, items + 1
            break
        # Commas also join clauses ("提交后，请等通知"): a comma list needs three items, or
        # a document's name before 等.
        known = last in self.vocabulary.documents or last in self.vocabulary.variants
        if kind == "，" and (len(last) < 2 or items < (2 if known else _MIN_COMMA_ITEMS)):
            return None
        return first

    def _closer_ends(self, text: str, before: int) -> list[int]:
        """Where the 等 words before ``before`` end: an earlier 等 closed its own list
        ("名称、代码等应与营业执照等……": 营业执照 is not an item of the first list)."""
        return [
            start + len(closer)
            for closer in self._closers
            for start in self.segmenter.find(text, closer)
            if start + len(closer) <= before
        ]

    def _named_item_start(
        self, text: str, clause: int, closer: int, titles: list[tuple[int, int]]
    ) -> int | None:
        """The start of the one named item that 等 follows: a title or run of titles followed by
        more laws (《甲》《乙》等法律法规) or a document's name (居民身份证等): naming one and adding
        等 leaves the rest unsaid. None when 等 follows anything else (申请人等, 等到审批)."""
        start = None
        for left, right in reversed(titles):
            if right == (closer if start is None else start) and left >= clause:
                start = left
        if start is not None:
            return start if _MORE_LAWS.match(text, closer) else None
        head = text[clause:closer]
        named = [hit for hit in self.names(head) if hit.end == len(head)]
        return clause + named[0].start if named else None

    def _item_start(self, text: str, left: int, right: int, limit: int) -> int | None:
        """The start of the list item that fills ``text[left:right]`` after its lead-in (a verb
        such as 提交, or 因 …); a long remainder keeps only its last word."""
        lead = _LEAD.match(text, left, right)
        begin = lead.end() if lead else left
        while begin < right and text[begin].isspace():
            begin += 1
        if begin == right:
            return None
        if right - begin <= limit:
            return begin
        token, start, _ = self.segmenter.tokens(text[left:right])[-1]
        return left + start if len(token) > 1 and token.strip() else None

    def enumerates(self, umbrella: Umbrella, text: str) -> bool:
        """Whether ``text`` lists which documents the umbrella stands for: it names one of the
        umbrella's members, or (for an umbrella without members) any document, an explicit
        list after 如 / 包括 / 即 / 指 / ：, or who issues it and what it must state."""
        canonical = self.vocabulary.canonical
        text = _LIST_MARKERS.sub("", text.translate(_FULL_WIDTH))  # ：（1）……（2）……
        named = {
            canonical(token)
            for token, _, _ in self.segmenter.tokens(text)
            if token not in self.vocabulary.umbrellas
        }
        if umbrella.members:
            return not named.isdisjoint(umbrella.members)
        return (
            not named.isdisjoint(self.vocabulary.documents)
            or bool(_EXPLICIT_LIST.search(text))
            or bool(_ISSUER_AND_CONTENT.search(text))
        )

    def _terms(self, text: str, terms: dict[str, tuple[str, ...]], titled: bool = False) -> list[Hit]:
        """Whole-word occurrences of ``terms`` (indexed by first character: only the terms that
        can start at one of the text's characters are searched for); outside book titles unless
        ``titled``."""
        find = self.segmenter.find
        hits = [
            Hit(start, start + len(term), term)
            for char in set(text).intersection(terms)
            for term in terms[char]
            for start in find(text, term)
        ]
        return _longest(hits if titled else _outside_titles(text, hits))


def _by_first_character(terms: Iterable[str]) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for term in terms:
        if term:
            index.setdefault(term[0], []).append(term)
    return {char: tuple(group) for char, group in index.items()}


def _longest(hits: list[Hit]) -> list[Hit]:
    """Non-overlapping hits, preferring the longest; in text order."""
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        if all(hit.end <= k.start or k.end <= hit.start for k in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


def _titles(text: str) -> list[tuple[int, int]]:
    """Where the book titles (《……》) and the law quoted after them stand."""
    return [m.span() for m in _TITLE.finditer(text)] if "《" in text else []


def _inside(start: int, end: int, titles: list[tuple[int, int]]) -> bool:
    return any(start < b and a < end for a, b in titles)


def _outside_titles(text: str, hits: list[Hit]) -> list[Hit]:
    titles = _titles(text)
    return [h for h in hits if not _inside(h.start, h.end, titles)]


def _kind(separator: str) -> str:
    return "、" if separator == "、" else "，"


def _clause_start(text: str, end: int) -> int:
    """Where the clause holding ``text[end - 1]`` begins: after a sentence mark or an
    unclosed opening bracket."""
    depth = 0
    for index in range(end - 1, -1, -1):
        char = text[index]
        if char in _CLAUSE_ENDS:
            return index + 1
        if char in _CLOSERS:
            depth += 1
        elif char in _OPENERS:
            if depth == 0:
                return index + 1
            depth -= 1
    return 0


def matchers(vocabulary: Vocabulary) -> Matchers:
    """The matchers of ``vocabulary``, built once."""
    return vocabulary.derived(Matchers)
