"""Rule options: declared by each rule module (OPTIONS), defaulted in rules/catalogue.yaml,
set in guidelint.yaml under rule-options, and checked against the declaration."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from checker.cli import cli
from checker.config import Config, load_config
from checker.examples import materialize
from checker.pairing import settings
from checker.rules import Option, registry
from tests.conftest import lint

GUIDE = "事项名称: 临时救助\n"


def check_with(tmp_path, monkeypatch, config: str):
    (tmp_path / "guidelint.yaml").write_text(config, encoding="utf-8")
    (tmp_path / "guide.yaml").write_text(GUIDE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return CliRunner().invoke(cli, ["check", "--no-cache", "guide.yaml"])


@pytest.mark.parametrize(
    "config, line, said",
    [
        ("rule-options:\n  divergent-standard:\n    max_relatd: 3\n", 3, "是否应为「max_related」"),
        ("fail-on: error\nrule-options:\n  divergent-standard:\n    max_related: 多个\n", 4, "应为整数"),
        ("rule-options:\n  divergent-standard:\n    max_related: yes\n", 3, "应为整数"),
        ("rule-options:\n  divergent-standerd:\n    max_related: 3\n", 2, "是否应为「divergent-standard」"),
        ("rule-options:\n  fee-incomplete:\n    limit: 3\n", 2, "没有可设置的参数"),
        ("rule-options: [divergent-standard]\n", 1, "映射"),
        ("pairing:\n  scores:\n    min_scor: 85\n", 3, "pairing: scores 中没有可设置的阈值「min_scor」，是否应为「min_score」"),
        ("pairing:\n  text:\n    condition_coverage: 高\n", 3, "应为数字"),
        ("pairing:\n  score:\n    min_score: 85\n", 2, "是否应为「scores」"),
        ("pairing:\n  text:\n    stopwords: 1\n", 3, "没有可设置的阈值「stopwords」"),
        ("pairing:\n  scores:\n    min_score: 200\n", 3, "scores 的 min_score 应在 0 到 100 之间，实际是 200"),
        ("pairing:\n  text:\n    condition_coverage: 60\n", 3, "应在 0 到 1 之间，实际是 60"),
        ("pairing:\n  scores:\n    min_leftover_length: -1\n", 3, "不能小于 0，实际是 -1"),
    ],
)
def test_a_wrong_rule_option_or_threshold_stops_the_run_with_file_line_and_what_was_meant(
    tmp_path, monkeypatch, config, line, said
):
    result = check_with(tmp_path, monkeypatch, config)
    assert result.exit_code == 2
    assert f"guidelint.yaml:{line}:" in result.output and said in result.output


def test_a_number_is_accepted_where_a_fraction_is_declared(tmp_path, monkeypatch):
    config = "rule-options:\n  divergent-standard:\n    merged_condition_coverage: 1\n"
    assert check_with(tmp_path, monkeypatch, config).exit_code in (0, 1)


def test_a_set_option_changes_what_the_rule_does_and_leaves_the_others_at_their_defaults():
    rule = registry()["divergent-standard"]
    documents = materialize(rule.bad, rule.raw_examples)
    default = lint(documents, Config(), rule.id)
    limited = lint(documents, Config(rule_options={rule.id: {"max_related": 1}}), rule.id)
    assert [len(f.related) for f in default] == [2]
    assert [len(f.related) for f in limited] == [1]


@pytest.mark.parametrize("rule", [r for r in registry().values() if r.declared], ids=lambda r: r.id)
def test_every_declared_option_has_a_default_of_its_type_in_the_catalogue(rule):
    assert set(rule.declared) == set(rule.options)
    assert all(option.fits(rule.options[name]) for name, option in rule.declared.items())


def test_an_option_of_the_wrong_type_does_not_fit():
    assert Option(float, "").fits(1) and not Option(int, "").fits(True) and not Option(int, "").fits("3")


# ── pairing thresholds (rules/pairing.yaml) set in guidelint.yaml ──


def test_a_pairing_threshold_set_in_the_config_changes_how_materials_pair(tmp_path, monkeypatch):
    guide = (
        "申请材料:\n  - 材料名称: 房屋租赁合同\n    原件份数: 1\n    复印件份数: 1\n"
        "    载体: 纸质\n    来源渠道: 申请人自备\n    必要性: 必要\n"
    )
    checklist = "收件材料:\n  - 材料名称: 房屋租赁合同书\n    原件份数: 1\n    复印件份数: 1\n"
    documents = materialize({"guide.yaml": guide, "checklist.yaml": checklist}, raw=False)
    assert not lint(documents, rule="checklist-unpublished-material")
    (tmp_path / "guidelint.yaml").write_text("pairing:\n  scores:\n    min_score: 100\n", encoding="utf-8")
    strict = load_config(str(tmp_path / "guidelint.yaml"), list(registry()))
    assert strict.pairing == (("scores", "min_score", 100.0),)
    assert len(lint(documents, strict, "checklist-unpublished-material")) == 1
    assert settings().scores["min_score"] == 80  # outside the run, the built-in threshold
