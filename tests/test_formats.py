"""SARIF, GitHub annotations and JUnit: valid for the tools that read them, and stable."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest

from checker.cli import _rule_infos
from checker.config import Config
from checker.discover import kind_of
from checker.document import build
from checker.engine import check_documents
from checker.examples import BASE_CHECKLIST, BASE_GUIDE
from checker.findings import Finding, Related
from checker.report import FORMAT_NAMES, FORMATS, Report, renderer
from checker.report.github_format import command, escape_data, escape_property

SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
RULES = (
    "fee-incomplete",
    "contact-invalid",
    "material-incomplete",
    "time-limit-inconsistent",
    "schema-invalid",
)
GUIDE = "石景山区/工作居住证/guide.yaml"
# Two warnings (fee, phone) and an error (promised limit above the statutory one).
FLAWED = (
    BASE_GUIDE.replace("是否收费: 否", "是否收费: 是")
    .replace("  - 010-68861234", "  - 010-6886123")
    .replace("承诺办结时限:\n  时限: 10", "承诺办结时限:\n  时限: 30")
)


def report_for(files: dict[str, str], rules=RULES) -> Report:
    docs = [build(name, kind_of(name), text) for name, text in files.items()]
    result = check_documents(docs, Config(select=rules))
    assert not result.crashes, result.crashes
    return Report(
        findings=result.findings,
        files=len(docs),
        source_lines={d.path: d.text.splitlines() for d in docs},
        rules=_rule_infos(),
        paths=[d.path for d in docs],
    )


def sarif(report: Report) -> dict:
    return json.loads(renderer("sarif")(report))


def test_sarif_is_valid_against_the_schema_and_complete():
    report = report_for({GUIDE: FLAWED, "石景山区/工作居住证/checklist.yaml": BASE_CHECKLIST})
    data = sarif(report)
    jsonschema.Draft4Validator(json.loads(SCHEMA.read_text("utf-8"))).validate(data)
    run = data["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    driver = run["tool"]["driver"]
    assert driver["name"] == "guidelint"
    rules = driver["rules"]
    fee_rule = next(r for r in rules if r["id"] == "fee-incomplete")
    assert fee_rule["shortDescription"]["text"] == "收费信息不完整"
    assert "检查什么" in fee_rule["help"]["text"] and "**怎样修改**" in fee_rule["help"]["markdown"]
    assert fee_rule["defaultConfiguration"]["level"] == "warning"
    levels = {r["ruleId"]: r["level"] for r in run["results"]}
    assert levels == {
        "fee-incomplete": "warning",
        "contact-invalid": "warning",
        "time-limit-inconsistent": "error",
    }
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == "%E7%9F%B3%E6%99%AF%E5%B1%B1%E5%8C%BA/" + (
            "%E5%B7%A5%E4%BD%9C%E5%B1%85%E4%BD%8F%E8%AF%81/guide.yaml"
        )
    phone = next(r for r in run["results"] if r["ruleId"] == "contact-invalid")
    region = phone["locations"][0]["physicalLocation"]["region"]
    line = FLAWED.splitlines()[region["startLine"] - 1]
    assert line[region["startColumn"] - 1 : region["endColumn"] - 1] == "010-6886123"


def test_sarif_related_locations_and_info_level():
    finding = Finding(
        "a/checklist.yaml", 3, 5, 3, 9, "missing-counterpart", "info", "缺少指南",
        related=(Related("a/guide.yaml", 7, 3, "办事指南的申请材料"),),
    )  # fmt: skip
    report = Report([finding], 1, {"a/checklist.yaml": ["", "", "    材料名称: 纳税记录"]}, _rule_infos())
    data = sarif(report)
    jsonschema.Draft4Validator(json.loads(SCHEMA.read_text("utf-8"))).validate(data)
    [result] = data["runs"][0]["results"]
    assert result["level"] == "note"
    [related] = result["relatedLocations"]
    assert related["physicalLocation"]["artifactLocation"]["uri"] == "a/guide.yaml"
    assert related["physicalLocation"]["region"]["startLine"] == 7
    assert related["message"]["text"] == "办事指南的申请材料"


def test_sarif_related_locations_have_their_widths_and_fixes_their_replacement():
    variant = BASE_CHECKLIST.replace("材料名称: 居民身份证", "材料名称: 身份证")
    files = {
        GUIDE: BASE_GUIDE,
        "石景山区/工作居住证/checklist.yaml": variant
        + "  - 材料名称: 纳税记录\n    原件份数: 1\n    复印件份数: 0\n",
    }
    data = sarif(
        report_for(
            files, rules=("nonstandard-name", "checklist-quantity-mismatch", "checklist-unpublished-material")
        )
    )
    jsonschema.Draft4Validator(json.loads(SCHEMA.read_text("utf-8"))).validate(data)
    results = data["runs"][0]["results"]
    widths = [
        r["physicalLocation"]["region"]["endColumn"] - r["physicalLocation"]["region"]["startColumn"]
        for result in results
        for r in result.get("relatedLocations", [])
    ]
    assert widths and any(width > 1 for width in widths)
    [fixed] = [r for r in results if "fixes" in r]
    [change] = fixed["fixes"][0]["artifactChanges"]
    [replacement] = change["replacements"]
    line = variant.splitlines()[replacement["deletedRegion"]["startLine"] - 1]
    region = replacement["deletedRegion"]
    assert line[region["startColumn"] - 1 : region["endColumn"] - 1] == "身份证"
    assert replacement["insertedContent"]["text"] == "居民身份证"


def test_sarif_rule_descriptions_keep_the_documentation_layout():
    rules = {r["id"]: r for r in sarif(report_for({GUIDE: BASE_GUIDE}))["runs"][0]["tool"]["driver"]["rules"]}
    text = rules["umbrella-term"]["fullDescription"]["text"]
    assert text.startswith("检查什么\n    ") and "\n\n为什么重要\n    " in text


@pytest.mark.parametrize("name", FORMAT_NAMES)
def test_every_registered_format_reports_every_finding_and_its_related_place(name):
    report = report_for({GUIDE: FLAWED, "石景山区/工作居住证/checklist.yaml": BASE_CHECKLIST})
    related = Related("石景山区/工作居住证/checklist.yaml", 5, 5, "窗口收件清单中的材料", 12)
    report.findings[0] = replace(report.findings[0], related=(related,))
    output = renderer(name)(report)
    assert FORMATS[name] and output.endswith("\n")
    for f in report.findings:
        assert f.rule in output and f.message.replace('"', "") in output.replace("\\", "").replace("&quot;", "")
    assert "checklist.yaml" in output


def _fingerprints(text: str) -> dict[str, tuple[str, int]]:
    run = sarif(report_for({GUIDE: text}))["runs"][0]
    result = {}
    for r in run["results"]:
        line = r["locations"][0]["physicalLocation"]["region"]["startLine"]
        result[next(iter(r["partialFingerprints"].values()))] = (r["ruleId"], line)
    return result


def test_fingerprints_survive_inserted_lines():
    before = _fingerprints(FLAWED)
    shifted = FLAWED.replace(
        "受理条件:\n", "受理条件:\n  - 申请人年满十八周岁\n  - 申请人具有完全民事行为能力\n"
    )
    after = _fingerprints(shifted)
    assert set(before) == set(after) and len(before) == 3
    assert all(after[fp][1] == before[fp][1] + 2 for fp in before)  # same alerts, lines moved
    changed = _fingerprints(FLAWED.replace("010-6886123", "010-6886999"))
    assert len(set(changed) - set(before)) == 1  # a different defect is a different alert


def test_alike_findings_in_one_file_get_distinct_fingerprints():
    text = FLAWED.replace('监督投诉方式:\n  - "12345"', "监督投诉方式:\n  - 010-6886123")
    fingerprints = _fingerprints(text)
    assert [rule for rule, _ in fingerprints.values()].count("contact-invalid") == 2


def test_github_command_escapes_and_levels():
    finding = Finding(
        "g/guide.yaml", 4, 3, 4, 8, "vague-wording", "info", "100% 含糊\r\n请改写",
        related=(Related("g/checklist.yaml", 2, 1, "窗口"),),
    )  # fmt: skip
    line = command(finding, "表述模糊（vague-wording）")
    assert line.startswith("::notice file=g/guide.yaml,line=4,col=3,endLine=4,endColumn=8,title=")
    assert "%0D%0A" in line and "100%25" in line and "\n" not in line
    assert line.endswith("::100%25 含糊%0D%0A请改写%0A参见 g/checklist.yaml:2:1：窗口")
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"
    assert escape_data("a:b,c") == "a:b,c"
    multi = Finding("g/guide.yaml", 4, 3, 6, 2, "schema-invalid", "error", "缺少键")
    assert command(multi, "t") == "::error file=g/guide.yaml,line=4,endLine=6,title=t::缺少键"


def test_github_format_one_line_per_finding():
    report = report_for({GUIDE: FLAWED})
    lines = renderer("github")(report).splitlines()
    assert len(lines) == len(report.findings) == 3
    kinds = sorted(line.split(" ", 1)[0] for line in lines)
    assert kinds == ["::error", "::warning", "::warning"]
    fee = next(line for line in lines if "fee-incomplete" in line)
    assert f"file={GUIDE},line=38," in fee and "title=收费信息不完整（fee-incomplete）::" in fee


def test_junit_is_xml_with_a_case_per_file_and_a_failure_per_finding():
    report = report_for({GUIDE: FLAWED, "石景山区/工作居住证/checklist.yaml": BASE_CHECKLIST})
    root = ET.fromstring(renderer("junit")(report))
    [suite] = root.findall("testsuite")
    cases = {case.get("name"): case for case in suite.findall("testcase")}
    assert set(cases) == {GUIDE, "石景山区/工作居住证/checklist.yaml"}
    assert suite.get("tests") == "2" and suite.get("failures") == "1"
    failures = cases[GUIDE].findall("failure")
    assert sorted(f.get("type") for f in failures) == [
        "contact-invalid",
        "fee-incomplete",
        "time-limit-inconsistent",
    ]
    assert not cases["石景山区/工作居住证/checklist.yaml"].findall("failure")
    fee = next(f for f in failures if f.get("type") == "fee-incomplete")
    assert "是否收费: 是" in fee.text and fee.get("message").startswith("38:")


def test_junit_survives_control_characters_and_markup():
    finding = Finding("a<&>.guide.yaml", 1, 1, 1, 2, "parse-error", "error", '坏字节 \x01 <tag> & "q"')
    xml = renderer("junit")(Report([finding], 1, {}, _rule_infos()))
    [failure] = ET.fromstring(xml).iter("failure")
    assert '<tag> & "q"' in failure.get("message")


@pytest.fixture
def corpus(tmp_path):
    item = tmp_path / "石景山区" / "工作居住证"
    item.mkdir(parents=True)
    (item / "guide.yaml").write_text(FLAWED, encoding="utf-8")
    (item / "checklist.yaml").write_text(BASE_CHECKLIST, encoding="utf-8")
    return tmp_path


def run_cli(*args: str, cwd) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    return subprocess.run(
        [sys.executable, "-c", "from checker.cli import main; main()", *args],
        capture_output=True, text=True, cwd=cwd, env=env,
    )  # fmt: skip


@pytest.mark.parametrize("name", FORMAT_NAMES)
def test_cli_formats_keep_the_exit_code(corpus, name):
    select = ",".join(RULES)
    result = run_cli("check", "--select", select, "--format", name, ".", cwd=corpus)
    assert result.returncode == 1, result.stderr  # time-limit-inconsistent is an error
    assert "time-limit-inconsistent" in result.stdout
    clean = run_cli("check", "--select", "fee-incomplete", "--format", name, ".", cwd=corpus)
    assert clean.returncode == 0, clean.stderr
