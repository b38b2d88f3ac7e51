"""Baselines: keyed by rule, file and content, so they survive edits and still catch new defects."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from checker.baseline import Baseline, BaselineError, offending_content
from checker.examples import BASE_CHECKLIST, BASE_GUIDE
from checker.findings import Finding

RULES = "fee-incomplete,contact-invalid,material-incomplete,schema-invalid,time-limit-inconsistent"
ITEM = Path("石景山区") / "工作居住证"
# A fee without its standard and basis, and an invalid phone number: two warnings.
FLAWED = BASE_GUIDE.replace("是否收费: 否", "是否收费: 是").replace("  - 010-68861234", "  - 010-6886123")


def run(*args: str, cwd) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    return subprocess.run(
        [sys.executable, "-c", "from checker.cli import main; main()", *args],
        capture_output=True, text=True, cwd=cwd, env=env,
    )  # fmt: skip


def check(repo: Path, *args: str) -> subprocess.CompletedProcess:
    return run("check", "--select", RULES, "--fail-on", "warning", *args, "guides", cwd=repo)


def findings(result: subprocess.CompletedProcess) -> list[tuple[str, str]]:
    assert result.returncode in (0, 1), result.stderr
    return [(f["rule"], f["message"]) for f in json.loads(result.stdout)["findings"]]


@pytest.fixture
def repo(tmp_path) -> Path:
    item = tmp_path / "guides" / ITEM
    item.mkdir(parents=True)
    (item / "guide.yaml").write_text(FLAWED, encoding="utf-8")
    (item / "checklist.yaml").write_text(BASE_CHECKLIST, encoding="utf-8")
    return tmp_path


def guide(repo: Path) -> Path:
    return repo / "guides" / ITEM / "guide.yaml"


def test_write_baseline_records_findings_sorted_and_exits_0(repo):
    result = check(repo, "--write-baseline", "baseline.json")
    assert result.returncode == 0, result.stderr
    assert "已将 2 个问题记入基线" in result.stderr
    data = json.loads((repo / "baseline.json").read_text("utf-8"))
    assert data["version"] == 1
    entries = data["entries"]
    assert [(e["rule"], e["count"]) for e in entries] == [("contact-invalid", 1), ("fee-incomplete", 1)]
    assert {e["path"] for e in entries} == {"guides/石景山区/工作居住证/guide.yaml"}
    assert "line" not in entries[0]
    again = (repo / "baseline.json").read_text("utf-8")
    check(repo, "--write-baseline", "baseline.json")
    assert (repo / "baseline.json").read_text("utf-8") == again  # stable for diffs


def test_baseline_survives_inserted_lines_and_unrelated_edits(repo):
    check(repo, "--write-baseline", "baseline.json")
    text = FLAWED.replace("受理条件:\n", "受理条件:\n  - 申请人年满十八周岁\n").replace(
        "办理地点: 北京市石景山区政务服务中心（石景山路18号）",
        "办理地点: 北京市石景山区政务服务中心（石景山路20号）",
    )
    guide(repo).write_text("# 2024 年修订\n" + text, encoding="utf-8")
    result = check(repo, "--baseline", "baseline.json", "--format", "json")
    assert result.returncode == 0, result.stdout + result.stderr
    assert findings(result) == []


def test_a_new_defect_in_a_baselined_file_is_reported(repo):
    check(repo, "--write-baseline", "baseline.json")
    text = FLAWED.replace('监督投诉方式:\n  - "12345"', "监督投诉方式:\n  - 010-6886")
    guide(repo).write_text(text, encoding="utf-8")
    result = check(repo, "--baseline", "baseline.json", "--format", "json")
    assert result.returncode == 1
    [(rule, message)] = findings(result)
    assert rule == "contact-invalid" and "010-6886" in message


def test_counts_let_a_third_identical_defect_through(repo):
    two = FLAWED.replace("  - 010-6886123", "  - 010-6886123\n  - 010-6886123")
    guide(repo).write_text(two, encoding="utf-8")
    check(repo, "--write-baseline", "baseline.json")
    entry = next(
        e for e in json.loads((repo / "baseline.json").read_text("utf-8"))["entries"] if e["count"] == 2
    )
    assert entry["rule"] == "contact-invalid"
    assert check(repo, "--baseline", "baseline.json").returncode == 0
    three = FLAWED.replace("  - 010-6886123", "  - 010-6886123\n  - 010-6886123\n  - 010-6886123")
    guide(repo).write_text(three, encoding="utf-8")
    result = check(repo, "--baseline", "baseline.json", "--format", "json")
    assert result.returncode == 1
    assert [rule for rule, _ in findings(result)] == ["contact-invalid"]


def test_rewriting_drops_fixed_findings(repo):
    check(repo, "--write-baseline", "baseline.json")
    guide(repo).write_text(FLAWED.replace("  - 010-6886123", "  - 010-68861234"), encoding="utf-8")
    result = check(repo, "--baseline", "baseline.json")
    assert result.returncode == 0
    assert "基线中有 1 个问题已不再出现" in result.stderr
    check(repo, "--write-baseline", "baseline.json")
    entries = json.loads((repo / "baseline.json").read_text("utf-8"))["entries"]
    assert [e["rule"] for e in entries] == ["fee-incomplete"]


def test_baseline_paths_are_relative_to_the_baseline_file(repo):
    check(repo, "--write-baseline", "baseline.json")
    result = run(
        "check", "--select", RULES, "--fail-on", "warning",
        "--baseline", "../baseline.json", ".", cwd=repo / "guides",
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_an_unreadable_baseline_exits_2(repo):
    (repo / "broken.json").write_text("{not json", encoding="utf-8")
    result = check(repo, "--baseline", "broken.json")
    assert result.returncode == 2 and "基线文件" in result.stderr and "Traceback" not in result.stderr
    assert check(repo, "--baseline", "missing.json").returncode == 2
    (repo / "other.json").write_text('{"version": 99, "entries": []}', encoding="utf-8")
    assert check(repo, "--baseline", "other.json").returncode == 2


def test_content_falls_back_to_the_normalised_source_line():
    finding = Finding("g.guide.yaml", 2, 9, 2, 11, "schema-invalid", "error", "应为整数")
    lines = ["a: 1", "  - 到现场次数:   一次   # 待核实"]
    assert offending_content(finding, lines) == "到现场次数: 一次"
    assert offending_content(finding, []) == "应为整数"
    with_content = Finding("g.guide.yaml", 2, 9, 2, 11, "fee-incomplete", "warning", "m", content="收费标准")
    assert offending_content(with_content, lines) == "收费标准"


def test_json_round_trip_keeps_counts():
    a = Finding("g.guide.yaml", 1, 1, 1, 2, "contact-invalid", "warning", "m", content="x")
    b = Finding("g.guide.yaml", 5, 1, 5, 2, "contact-invalid", "warning", "m", content="x")

    def key(f):
        return f.path, f.rule, f.content

    recorded = Baseline.from_json(Baseline.from_findings([a, b], key).to_json())
    assert recorded.counts[("g.guide.yaml", "contact-invalid", "x")] == 2
    c = Finding("g.guide.yaml", 9, 1, 9, 2, "contact-invalid", "warning", "m", content="x")
    new, leftover = recorded.match([a, c, b], key)
    assert new == [c] and not leftover
    with pytest.raises(BaselineError):
        Baseline.from_json('{"version": 1, "entries": [{"path": "p"}]}')
    with pytest.raises(BaselineError, match=re.escape('条目格式有误：{"path": "指南"}')):  # as written, not a Python repr
        Baseline.from_json('{"version": 1, "entries": [{"path": "指南"}]}')
