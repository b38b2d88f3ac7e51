"""检查什么
    基本编码相同的办事指南（同一事项在不同区的实施）在申请材料、受理条件、承诺办结时限、
    收费或到现场次数上不一致。按基本编码分组，每组内与多数区的做法比较；某项没有多数
    （如两个区各不相同）时，各区都报告。每份不一致的指南报告一次，列出全部差异，位置在
    第一处差异，相关位置指向其他区指南中的对应内容。材料按配对规则判断是否为同一份
    （“营业执照副本复印件”与“营业执照（副本）”相同），受理条件按内容判断，编号（“（一）”
    “1.”）不算差异。一区把几份材料合写一行（“居民身份证、居民户口簿”）或把几项受理条件合写
    一句、拆成几项，只要内容都说到了，就不算未列或多列；合写一行中多出的材料照样报告。
    受理条件只有数字不同（一区写“年满16周岁”，其他区写“年满18周岁”）时，报告中写出本区和其他区
    各自的条件，而不是说本区多列一条、少列一条（条件按含义读，词语在 rules/constraints.yaml）。

为什么重要
    同事同标、无差别受理：同一件事在朝阳区和大兴区要的材料、花的时间不同，申请人按一个区
    的指南去另一个区办，就会办不成；差异也常常说明有一份指南没有随政策更新。

怎样修改
    对照其他区的指南统一标准；确有本区特殊依据的，在指南中写明依据，并在此处加屏蔽注释
    说明原因。
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

from checker.context import Context
from checker.corpus import Corpus
from checker.document import GuideDocument
from checker.findings import Problem, Related, Span
from checker.model import Located
from checker.pairing import analyse, differs_in_numbers, related, same_condition, same_material, text_content
from checker.rules import Option
from checker.text.normalize import clean, strip_list_marker
from checker.text.overlap import Content, coverage
from checker.text.vocabulary import Vocabulary

ID = "divergent-standard"
T = TypeVar("T")
SCOPE = "corpus"
OPTIONS = {
    "max_related": Option(int, "每条发现最多列出的其他区相关位置"),
    "merged_condition_coverage": Option(
        float, "一区合写或拆分的受理条件，内容在另一区的受理条件中说到这个比例以上，就不算未列或多列"
    ),
}
_CHAOYANG = """\
行政区划: 北京市朝阳区
实施编码: 11110105MB0000001X4000117001
实施主体: 北京市朝阳区人力资源和社会保障局
"""
_HAIDIAN = """\
行政区划: 北京市海淀区
实施编码: 11110108MB0000001X4000117001
实施主体: 北京市海淀区人力资源和社会保障局
"""
BAD = {
    "朝阳区/guide.yaml": _CHAOYANG,
    "海淀区/guide.yaml": _HAIDIAN,
    "大兴区/guide.yaml": """\
行政区划: 北京市大兴区
实施编码: 11110115MB0000001X4000117001
实施主体: 北京市大兴区人力资源和社会保障局
承诺办结时限:
  时限: 15
  单位: 工作日
""",
}
GOOD = {
    "朝阳区/guide.yaml": _CHAOYANG,
    "海淀区/guide.yaml": _HAIDIAN,
    "大兴区/guide.yaml": """\
行政区划: 北京市大兴区
实施编码: 11110115MB0000001X4000117001
实施主体: 北京市大兴区人力资源和社会保障局
""",
}


@dataclass
class _Difference:
    """What one guide does differently, where, and where the others do it their way."""

    text: str
    span: Span
    others: list[Related] = field(default_factory=list)


def check(corpus: Corpus, ctx: Context) -> Iterator[Problem]:
    max_related = ctx.option(ID, "max_related")
    for code, docs in corpus.guides_by_basic_code.items():
        if len(docs) < 2:
            continue
        names = _region_names(docs)
        differences: dict[int, list[_Difference]] = {i: [] for i in range(len(docs))}
        for aspect in (_materials, _conditions, _time_limit, _fee, _visits):
            for i, found in aspect(docs, names, ctx).items():
                differences[i].extend(found)
        for i, found in differences.items():
            if not found:
                continue
            doc = docs[i]
            others = [r for d in found for r in d.others][:max_related]
            yield Problem(
                doc.path,
                found[0].span,
                f"同一事项（基本编码 {code}）各区标准不一：本区（{names[i]}）"
                + "；".join(d.text for d in found)
                + "。请对照其他区统一标准（同事同标），确有依据的请在指南中写明",
                tuple(others),
                content=f"{code}:" + "；".join(d.text for d in found),
            )


def _region_names(docs: list[GuideDocument]) -> list[str]:
    """Each guide's 行政区划 without the province or city all share (北京市大兴区 → 大兴区)."""
    regions = [d.guide.region.value if d.guide.region is not None else d.path for d in docs]
    shared = os.path.commonprefix(regions)  # noqa: RUF071 (names, not paths)
    cut = max(shared.rfind("省"), shared.rfind("市")) + 1
    return [r[cut:] or r for r in regions]


def _listing(indexes: list[int], names: list[str]) -> str:
    return "、".join(dict.fromkeys(names[i] for i in indexes))


def _key_span(doc: GuideDocument, key: str) -> Span:
    return doc.guide.keys.get(key, doc.guide.span)


# ── scalar aspects: one value per guide, compared with the most common value ──


def _scalar(
    docs: list[GuideDocument],
    names: list[str],
    label: str,
    key: str,
    values: list[tuple[object, str] | None],
    limit: int,
) -> dict[int, list[_Difference]]:
    """Guides whose value is not the single most common one; ``values`` are (value, wording);
    at most ``limit`` related locations each."""
    holders: dict[object, list[int]] = {}
    wording: dict[object, str] = {}
    for i, entry in enumerate(values):
        if entry is not None:
            holders.setdefault(entry[0], []).append(i)
            wording.setdefault(entry[0], entry[1])
    if len(holders) < 2:
        return {}
    ranked = sorted(holders, key=lambda v: -len(holders[v]))  # stable: first seen wins a tie
    top = len(holders[ranked[0]])
    majority = ranked[0] if sum(1 for v in ranked if len(holders[v]) == top) == 1 else None
    related_of = {
        v: [related(docs[j], _key_span(docs[j], key), f"{names[j]}的{label}") for j in indexes[:limit]]
        for v, indexes in holders.items()
    }
    result: dict[int, list[_Difference]] = {}
    for value in ranked:
        if value == majority:
            continue
        others = [v for v in ranked if v != value]
        parts = "，".join(f"{_listing(holders[v], names)}为{wording[v]}" for v in others)
        elsewhere = [r for v in others for r in related_of[v]][:limit]
        for i in holders[value]:
            span = _key_span(docs[i], key)
            result[i] = [_Difference(f"{label}为{wording[value]}（{parts}）", span, elsewhere)]
    return result


def _time_limit(docs, names, ctx):
    values = []
    for doc in docs:
        limit = doc.guide.promised_limit
        values.append(
            None if limit is None else ((limit.amount, limit.unit), f"{limit.amount}个{limit.unit}")
        )
    return _scalar(docs, names, "承诺办结时限", "承诺办结时限", values, ctx.option(ID, "max_related"))


def _fee(docs, names, ctx):
    values = []
    for doc in docs:
        guide = doc.guide
        if guide.fee is None:
            values.append(None)
        elif guide.fee.value == "否":
            values.append((("否", ""), "不收费"))
        else:
            standard = guide.fee_standard.value if guide.fee_standard is not None else ""
            shown = f"收费（{standard}）" if standard else "收费"
            values.append((("是", "".join(standard.split())), shown))
    return _scalar(docs, names, "收费", "是否收费", values, ctx.option(ID, "max_related"))


def _visits(docs, names, ctx):
    values = [
        None if doc.guide.visits is None else (doc.guide.visits.value, f"{doc.guide.visits.value}次")
        for doc in docs
    ]
    return _scalar(docs, names, "到现场次数", "到现场次数", values, ctx.option(ID, "max_related"))


# ── list aspects: items clustered across the group, compared by how many list them ──


def _clusters(
    items: list[tuple[int, T]], same: Callable[[T, T], bool], key: Callable[[T], str]
) -> list[list[tuple[int, T]]]:
    """Group (guide index, item) so that one cluster holds one item per guide at most; items
    with the same ``key`` (their wording) are compared once."""
    clusters: list[tuple[set[int], list[tuple[int, T]]]] = []
    verdicts: dict[tuple[str, str], bool] = {}
    for i, item in items:
        wording = key(item)
        home = None
        for guides, cluster in clusters:
            if i in guides:
                continue
            pair = (key(cluster[0][1]), wording)
            if pair not in verdicts:
                verdicts[pair] = pair[0] == pair[1] or same(cluster[0][1], item)
            if verdicts[pair]:
                home = (guides, cluster)
                break
        if home is None:
            clusters.append(({i}, [(i, item)]))
        else:
            home[0].add(i)
            home[1].append((i, item))
    return [cluster for _, cluster in clusters]


def _list_aspect(docs, names, clusters, noun: str, key: str, label_of, span_of, limit: int, said=None):
    """Items most guides list and some lack, and items few list; ``said(item, j)`` tells when
    guide ``j`` states an item in other clauses (then it neither lacks nor misses it)."""
    n = len(docs)
    result: dict[int, list[_Difference]] = {}
    for cluster in clusters:
        holders = [i for i, _ in cluster]
        held = set(holders)
        lacking = [i for i in range(n) if i not in held]
        if not lacking:
            continue
        label = label_of(cluster[0][1])
        if len(holders) * 2 <= n:
            others = [
                related(docs[j], _key_span(docs[j], key), f"{names[j]}的{noun}") for j in lacking[:limit]
            ]
            for i, item in cluster:
                if said is not None and said(item, lacking[0]):
                    continue
                text = f"多列{noun}「{label_of(item)}」（{_listing(lacking, names)}未列）"
                result.setdefault(i, []).append(_Difference(text, span_of(item), others))
        if len(holders) * 2 >= n:
            others = [related(docs[j], span_of(item), f"{names[j]}的{noun}") for j, item in cluster[:limit]]
            for i in lacking:
                if said is not None and said(cluster[0][1], i):
                    continue
                text = f"未列{noun}「{label}」（{_listing(holders, names)}列有）"
                result.setdefault(i, []).append(_Difference(text, _key_span(docs[i], key), others))
    return result


def _materials(docs, names, ctx):
    vocabulary = ctx.vocabulary
    items = [
        (i, (m.name, analyse(m.name.value, vocabulary)))
        for i, doc in enumerate(docs)
        for m in doc.guide.materials
        if m.name is not None
    ]
    clusters = _clusters(
        items, lambda a, b: same_material(a[1], b[1], vocabulary), lambda item: item[0].value
    )
    merged: dict[int, set[str]] = {}  # documents named in rows that name several
    every: dict[int, set[str]] = {}
    for i, (_, name) in items:
        every.setdefault(i, set()).update(name.terms)
        if name.together:
            merged.setdefault(i, set()).update(name.terms)

    def said(item, j: int) -> bool:
        """Whether guide ``j`` names ``item``'s documents in one row that names several
        (居民身份证、居民户口簿), or in separate rows when ``item`` is such a row."""
        name = item[1]
        if not name.terms or name.umbrella is not None:
            return False
        return name.terms <= (every if name.together else merged).get(j, set())

    result = _list_aspect(
        docs,
        names,
        clusters,
        "材料",
        "申请材料",
        lambda item: item[0].value,
        lambda item: item[0].span,
        ctx.option(ID, "max_related"),
        said,
    )
    for i, found in _merged_extras(docs, names, clusters, every, ctx.option(ID, "max_related")).items():
        result.setdefault(i, []).extend(found)
    return result


def _merged_extras(docs, names, clusters, every, limit: int) -> dict[int, list[_Difference]]:
    """Documents that a row naming several adds (居民身份证、结婚证 where the others demand
    居民身份证) and most other guides name nowhere; the row itself pairs with the others'."""
    n = len(docs)
    naming = Counter(term for terms in every.values() for term in terms)
    result: dict[int, list[_Difference]] = {}
    for cluster in clusters:
        if len(cluster) * 2 <= n:
            continue
        for i, (located, name) in cluster:
            if not name.together:
                continue
            for term in sorted(name.terms):
                if (n - naming[term]) * 2 <= n - 1:  # most other guides name it too
                    continue
                lacking = [j for j in range(n) if term not in every.get(j, ())]
                others = [
                    related(docs[j], _key_span(docs[j], "申请材料"), f"{names[j]}的材料")
                    for j in lacking[:limit]
                ]
                text = f"多列材料「{term}」（在「{located.value}」中，{_listing(lacking, names)}未列）"
                result.setdefault(i, []).append(_Difference(text, located.span, others))
    return result


def _conditions(docs, names, ctx):
    vocabulary = ctx.vocabulary
    items = [(i, c) for i, doc in enumerate(docs) for c in doc.guide.conditions]
    clusters = _clusters(
        items,
        lambda a, b: (
            same_condition(a.value, b.value, vocabulary) or differs_in_numbers(a.value, b.value, vocabulary)
        ),
        lambda item: item.value,
    )
    limit = ctx.option(ID, "merged_condition_coverage")
    whole: dict[int, Content] = {}

    def said(item, j: int) -> bool:
        """Whether guide ``j``'s conditions, taken together, state ``item`` (merged or split)."""
        if j not in whole:
            joined = "；".join(strip_list_marker(c.value) for c in docs[j].guide.conditions)
            whole[j] = text_content(joined, vocabulary)
        return coverage(text_content(strip_list_marker(item.value), vocabulary), whole[j]) >= limit

    result = _list_aspect(
        docs,
        names,
        clusters,
        "受理条件",
        "受理条件",
        lambda item: item.value,
        lambda item: item.span,
        ctx.option(ID, "max_related"),
        said,
    )
    for i, found in _numbers(docs, names, clusters, vocabulary, ctx.option(ID, "max_related")).items():
        result.setdefault(i, []).extend(found)
    return result


def _numbers(
    docs: list[GuideDocument],
    names: list[str],
    clusters: list[list[tuple[int, Located[str]]]],
    vocabulary: Vocabulary,
    limit: int,
) -> dict[int, list[_Difference]]:
    """Guides whose condition is the others' with other numbers ("年满16周岁" where most write
    "年满18周岁"), named with both; without a most common wording, every guide is named."""
    result: dict[int, list[_Difference]] = {}
    for cluster in clusters:
        wordings: dict[str, list[tuple[int, Located[str]]]] = {}
        for i, item in cluster:
            wordings.setdefault(clean(strip_list_marker(item.value)), []).append((i, item))
        if len(wordings) < 2 or not any(
            differs_in_numbers(a, b, vocabulary) for a in wordings for b in wordings if a < b
        ):
            continue
        counts = sorted((len(held) for held in wordings.values()), reverse=True)
        majority = counts[0] > counts[1]
        for wording, held in wordings.items():
            if majority and len(held) == counts[0]:
                continue
            others = [h for w, h in wordings.items() if w != wording]
            parts = "，".join(f"{_listing([j for j, _ in h], names)}为「{h[0][1].value}」" for h in others)
            elsewhere = [
                related(docs[j], item.span, f"{names[j]}的受理条件") for h in others for j, item in h
            ]
            for i, item in held:
                text = f"受理条件「{item.value}」的数值与其他区不同（{parts}）"
                result.setdefault(i, []).append(_Difference(text, item.span, elsewhere[:limit]))
    return result
