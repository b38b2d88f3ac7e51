"""Aggregation for the audit: items, districts, bodies, rules, ranking, items at risk."""

from __future__ import annotations

from audit_corpus import RULES, make_corpus

from checker.audit.summary import Summary, causes_failed_visit, summarize
from checker.config import Config
from checker.engine import run
from checker.findings import Finding


def _finding(path: str, rule: str, severity: str, line: int = 1) -> Finding:
    return Finding(path, line, 1, line, 2, rule, severity, "消息")


def _audit(root, findings=None) -> Summary:
    config = Config().with_options(select=tuple(RULES.split(",")))
    result = run([str(root)], config)
    assert not result.crashes, result.crashes
    return summarize(result.documents, result.findings if findings is None else findings(root), [str(root)])


def test_a_guide_and_its_checklist_are_one_item_keyed_by_code(tmp_path):
    summary = _audit(make_corpus(tmp_path))
    keys = {item.key: item for item in summary.items}
    assert set(keys) == {"X001", "S001", "S999"}
    xicheng = keys["X001"]
    assert sorted(p.rsplit("/", 1)[-1] for p in xicheng.paths) == ["checklist.yaml", "guide.yaml"]
    assert xicheng.district == "北京市西城区" and xicheng.body == "北京市西城区民政局"
    assert xicheng.name == "结婚登记<script>alert(1)</script>"
    assert summary.files == 5


def test_a_checklist_without_guide_takes_the_region_its_folder_names(tmp_path):
    summary = _audit(make_corpus(tmp_path))
    [lone] = [item for item in summary.items if item.key == "S999"]
    assert lone.district == "北京市石景山区"  # folder 石景山区, matched to the known region
    assert lone.body == "未注明"
    assert [f.rule for f in lone.findings] == ["missing-counterpart"]


def test_folder_is_the_district_when_no_region_matches(tmp_path):
    make_corpus(tmp_path)
    (tmp_path / "西城区").rename(tmp_path / "延庆区")
    for path in (tmp_path / "延庆区").rglob("guide.yaml"):
        path.unlink()
    summary = _audit(tmp_path)
    [item] = [item for item in summary.items if item.key == "X001"]
    assert item.district == "延庆区"


def test_counts_per_district_rule_and_severity(tmp_path):
    summary = _audit(make_corpus(tmp_path))
    assert summary.by_severity == {"error": 1, "warning": 1, "info": 1}
    assert summary.by_district() == {
        "北京市石景山区": {"error": 1, "info": 1},
        "北京市西城区": {"warning": 1},
    }
    assert list(summary.by_body()) == ["北京市石景山区人力资源和社会保障局", "北京市西城区民政局", "未注明"]
    assert set(summary.by_rule()) == {"time-limit-inconsistent", "fee-incomplete", "missing-counterpart"}
    assert summary.counts() == [
        ("北京市石景山区", "missing-counterpart", "info", 1),
        ("北京市石景山区", "time-limit-inconsistent", "error", 1),
        ("北京市西城区", "fee-incomplete", "warning", 1),
    ]


def test_items_rank_by_errors_then_warnings(tmp_path):
    def findings(root):
        xicheng = str(root / "西城区/结婚登记/guide.yaml")
        shijingshan = str(root / "石景山区/工作居住证/guide.yaml")
        lone = str(root / "石景山区/档案转递/checklist.yaml")
        return [
            _finding(xicheng, "fee-incomplete", "warning"),
            _finding(xicheng, "vague-wording", "warning", 2),
            _finding(xicheng, "vague-wording", "warning", 3),
            _finding(shijingshan, "fee-incomplete", "warning"),
            _finding(lone, "umbrella-term", "error"),
        ]

    summary = _audit(make_corpus(tmp_path), findings)
    assert [item.key for item in summary.items] == ["S999", "X001", "S001"]


def test_items_at_risk_have_an_error_where_window_and_guide_disagree(tmp_path):
    def findings(root):
        checklist = str(root / "西城区/结婚登记/checklist.yaml")
        guide = str(root / "石景山区/工作居住证/guide.yaml")
        return [
            _finding(checklist, "checklist-unpublished-material", "error"),
            _finding(guide, "checklist-unpublished-requirement", "warning"),  # a warning is no risk
            _finding(guide, "umbrella-term", "error"),  # an error, but not a window mismatch
        ]

    summary = _audit(make_corpus(tmp_path), findings)
    assert [item.key for item in summary.at_risk] == ["X001"]
    assert causes_failed_visit(_finding("g", "guide-unchecked-material", "error"))
    assert not causes_failed_visit(_finding("g", "guide-unchecked-material", "warning"))


def test_a_document_that_does_not_parse_joins_the_item_in_its_folder(tmp_path):
    make_corpus(tmp_path)
    (tmp_path / "西城区/结婚登记/checklist.yaml").write_text("实施编码: [", encoding="utf-8")
    config = Config().with_options(select=("parse-error",))
    result = run([str(tmp_path)], config)
    summary = summarize(result.documents, result.findings, [str(tmp_path)])
    [item] = [item for item in summary.items if item.findings]
    assert item.key == "X001" and [f.rule for f in item.findings] == ["parse-error"]
    assert len(summary.items) == 3
