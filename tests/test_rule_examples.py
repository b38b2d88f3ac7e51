"""Every rule's documented bad example must raise it, and its good example must not."""

from __future__ import annotations

import pytest

from checker.cli import describe_rule
from checker.examples import materialize
from checker.rules import registry
from tests.conftest import lint

RULES = list(registry().values())


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_bad_example_raises_the_rule(rule):
    assert rule.bad, f"{rule.id} has no bad example"
    findings = lint(materialize(rule.bad, rule.raw_examples), rule=rule.id)
    assert findings, f"{rule.id}: bad example raised nothing"


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_good_example_is_clean(rule):
    assert rule.good, f"{rule.id} has no good example"
    findings = lint(materialize(rule.good, rule.raw_examples), rule=rule.id)
    assert findings == [], [f.message for f in findings]


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_documentation_has_every_section(rule):
    text = describe_rule(rule.id)
    for section in ("检查什么", "为什么重要", "怎样修改", "错误示例", "正确示例"):
        assert section in text, f"{rule.id} documentation lacks {section}"
