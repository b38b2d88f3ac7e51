"""Labelled guide fragments for the document rules: how a case is written and scored.

Shared by the labelled sets (``test_real_wording``, ``test_guides_by_domain``,
``test_guides_third_set``): each case is a fragment merged over the clean base guide, with the
rule ids it should raise once per finding (the third set: once per case, ``by_case``).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import pytest

from checker.examples import materialize
from tests.conftest import lint

DOCUMENT_RULES = (
    "umbrella-term",
    "catch-all-clause",
    "vague-wording",
    "nonstandard-name",
    "material-incomplete",
    "time-limit-inconsistent",
    "in-person-without-alternative",
    "government-issued-material",
    "fee-incomplete",
    "contact-invalid",
)


@dataclass(frozen=True)
class Case:
    id: str
    fragment: str
    expected: tuple[str, ...] = ()  # rule ids, once per expected finding


def quoted(text: str) -> str:
    """A YAML scalar for ``text`` (a JSON string is a YAML double-quoted string)."""
    return json.dumps(text, ensure_ascii=False)


def yaml_list(key: str, *items: str) -> str:
    return f"{key}:\n" + "".join(f"  - {quoted(item)}\n" for item in items)


def material(
    name: str,
    source: str = "申请人自备",
    necessity: str = "必要",
    originals: int = 1,
    copies: int = 1,
    medium: str = "纸质",
    **extra: str,
) -> str:
    """One 申请材料 entry; ``extra`` holds optional keys (受理标准=…, 免提交=…)."""
    lines = [
        f"  - 材料名称: {quoted(name)}",
        f"    原件份数: {originals}",
        f"    复印件份数: {copies}",
        f"    载体: {medium}",
        f"    来源渠道: {source}",
        f"    必要性: {necessity}",
        *(f"    {key}: {quoted(value)}" for key, value in extra.items()),
    ]
    return "\n".join(lines) + "\n"


def materials(*entries: str) -> str:
    return "申请材料:\n" + "".join(entries)


def conditions(*items: str) -> str:
    return yaml_list("受理条件", *items)


def limits(legal: int, legal_unit: str, promised: int, promised_unit: str) -> str:
    return (
        f"法定办结时限:\n  时限: {legal}\n  单位: {legal_unit}\n"
        f"承诺办结时限:\n  时限: {promised}\n  单位: {promised_unit}\n"
    )


def findings_of(case: Case) -> Counter[str]:
    found = lint(materialize({"guide.yaml": case.fragment}, raw=False))
    return Counter(f.rule for f in found if f.rule in DOCUMENT_RULES)


def outcome(case: Case, by_case: bool = False) -> tuple[Counter[str], Counter[str]]:
    """What the case expects and what it raised, per rule: findings counted, or with
    ``by_case`` (a set labelled by the rules each case raises) each rule once."""
    expected, found = Counter(case.expected), findings_of(case)
    if by_case:
        return Counter(set(expected)), Counter(set(found))
    return expected, found


def figures(cases: list[Case], by_case: bool = False) -> dict[str, dict[str, int]]:
    """Per rule: expected findings (or cases), true positives, false positives and misses."""
    table = {rule: {"expected": 0, "hit": 0, "false": 0, "missed": 0} for rule in DOCUMENT_RULES}
    for case in cases:
        expected, found = outcome(case, by_case)
        for rule in DOCUMENT_RULES:
            row = table[rule]
            row["expected"] += expected[rule]
            row["hit"] += min(expected[rule], found[rule])
            row["false"] += max(0, found[rule] - expected[rule])
            row["missed"] += max(0, expected[rule] - found[rule])
    return table


def print_figures(cases: list[Case], by_case: bool = False) -> None:
    """The per-rule table, then every case whose findings differ from its label."""
    rows = figures(cases, by_case)
    print(f"{len(cases)} cases, {sum(bool(c.expected) for c in cases)} defective")
    print(f"{'rule':32} {'expected':>8} {'hit':>5} {'false':>6} {'missed':>7}")
    for rule, row in rows.items():
        print(f"{rule:32} {row['expected']:8} {row['hit']:5} {row['false']:6} {row['missed']:7}")
    totals = {key: sum(row[key] for row in rows.values()) for key in ("expected", "hit", "false", "missed")}
    print(f"{'total':32} {totals['expected']:8} {totals['hit']:5} {totals['false']:6} {totals['missed']:7}")
    for case in cases:
        expected, found = outcome(case, by_case)
        if found != expected:
            print(f"  {case.id}: expected {sorted(expected.items())}, found {sorted(found.items())}")


def with_known_limitations(cases: Iterable[Case], limitations: dict[str, str]) -> list[object]:
    """The cases as test parameters, each known limitation a strict expected failure with its reason."""
    return [
        pytest.param(c, marks=pytest.mark.xfail(reason=limitations[c.id], strict=True), id=c.id)
        if c.id in limitations
        else pytest.param(c, id=c.id)
        for c in cases
    ]
