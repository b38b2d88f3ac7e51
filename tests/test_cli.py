"""The command line end to end, through a real subprocess where exit codes matter."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from checker.cli import cli
from checker.examples import BASE_CHECKLIST, BASE_GUIDE


def run(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", "from checker.cli import main; main()", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
    )


@pytest.fixture
def corpus(tmp_path):
    item = tmp_path / "石景山区" / "工作居住证"
    item.mkdir(parents=True)
    (item / "guide.yaml").write_text(BASE_GUIDE, encoding="utf-8")
    (item / "checklist.yaml").write_text(BASE_CHECKLIST, encoding="utf-8")
    return tmp_path


def test_clean_corpus_exits_0(corpus):
    result = run("check", str(corpus))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "检查了 2 个文件，未发现问题" in result.stdout


def test_error_exits_1_and_json_has_the_contract_shape(corpus):
    guide = corpus / "石景山区" / "工作居住证" / "guide.yaml"
    guide.write_text(BASE_GUIDE.replace("到现场次数: 0", "到现场次数: 一次"), encoding="utf-8")
    result = run("check", "--format", "json", str(corpus))
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert set(data) == {"version", "findings", "summary"}
    [finding] = data["findings"]
    assert list(finding) == [
        "path", "line", "column", "end_line", "end_column", "rule", "severity", "message", "related",
    ]  # fmt: skip
    assert finding["path"] == str(guide)
    assert finding["rule"] == "schema-invalid" and finding["severity"] == "error"
    assert data["summary"] == {"files": 2, "error": 1, "warning": 0, "info": 0}


def test_fail_on_decides_the_exit_code(corpus):
    guide = corpus / "石景山区" / "工作居住证" / "guide.yaml"
    guide.write_text(BASE_GUIDE.replace("是否收费: 否", "是否收费: 是"), encoding="utf-8")
    assert run("check", str(corpus)).returncode == 0  # a warning does not fail by default
    assert run("check", "--fail-on", "warning", str(corpus)).returncode == 1
    assert run("check", "--fail-on", "warning", "--ignore", "fee-incomplete", str(corpus)).returncode == 0


def test_a_broken_document_does_not_stop_the_others(corpus):
    broken = corpus / "东城区" / "坏文件"
    broken.mkdir(parents=True)
    (broken / "guide.yaml").write_bytes(b"\xff\xfe\x00garbage")
    (broken / "checklist.yaml").write_text("收件材料: [\n", encoding="utf-8")
    guide = corpus / "石景山区" / "工作居住证" / "guide.yaml"
    guide.write_text(BASE_GUIDE.replace("是否收费: 否", "是否收费: 是"), encoding="utf-8")
    result = run("check", "--format", "json", str(corpus))
    assert result.returncode == 1
    rules = {(f["path"].split("/")[-1], f["rule"]) for f in json.loads(result.stdout)["findings"]}
    assert ("guide.yaml", "parse-error") in rules
    assert ("checklist.yaml", "parse-error") in rules
    assert ("guide.yaml", "fee-incomplete") in rules
    assert "Traceback" not in result.stderr


def test_usage_errors_exit_2(corpus):
    assert run("check", "--select", "no-such-rule", str(corpus)).returncode == 2
    assert run("check", "--format", "yaml", str(corpus)).returncode == 2
    assert run("rules", "no-such-rule").returncode == 2


def test_missing_path_exits_2():
    result = run("check", "/nonexistent/guides")
    assert result.returncode == 2
    assert "路径不存在" in result.stderr


def test_bad_config_exits_2_naming_file_and_line(corpus):
    (corpus / "guidelint.yaml").write_text(
        "select: [ALL]\nseverity:\n  fee-incomplete: fatal\n", encoding="utf-8"
    )
    result = run("check", ".", cwd=corpus)
    assert result.returncode == 2
    assert "guidelint.yaml:3" in result.stderr and "fatal" in result.stderr
    assert "Traceback" not in result.stderr


GLOSSARY_VARIANTS_NOT_A_LIST = "documents:\n  - name: 残疾人专用车辆驾驶证明\n    variants: 残车证明\n"


@pytest.mark.parametrize(
    ("config", "extra", "where", "words"),
    [
        ("select: [ALL\n", {}, "guidelint.yaml:2", "YAML 语法错误"),
        ("fail-on: error\nfail-on: info\n", {}, "guidelint.yaml:2", "重复"),
        ("- select\n", {}, "guidelint.yaml:1", "顶层应为键值映射"),
        ("? [select]\n: [ALL]\n", {}, "guidelint.yaml:1", "键必须是单个值"),
        ("select: !!python/object/apply:os.system [ls]\n", {}, "guidelint.yaml:1", "python/object"),
        ("selcet: [ALL]\n", {}, "guidelint.yaml:1", "未知的配置项"),
        ("select: 5\n", {}, "guidelint.yaml:1", "应为规则编号的列表"),
        ("exclude: guides/_drafts\n", {}, "guidelint.yaml:1", "应为文本列表"),
        ("max-file-size: 2MB\n", {}, "guidelint.yaml:1", "应为正整数"),
        ("fail-on: fatal\n", {}, "guidelint.yaml:1", "应为 error、warning 或 info"),
        ("select:\n  - umbrella-term\n  - catchall-clause\n", {}, "guidelint.yaml:3", "catchall-clause"),
        ("ignore: [vague-wordin]\n", {}, "guidelint.yaml:1", "vague-wordin"),
        (
            "severity:\n  fee-incomplete: warning\n  no-such-rule: error\n",
            {},
            "guidelint.yaml:3",
            "no-such-rule",
        ),
        ('per-path-ignores:\n  "a/*": [ALL]\n  "b/*": [nope-*]\n', {}, "guidelint.yaml:3", "nope-*"),
        (
            "glossaries: [本局证照.yaml]\n",
            {"本局证照.yaml": GLOSSARY_VARIANTS_NOT_A_LIST},
            "本局证照.yaml:3",
            "variants",
        ),
        (
            "packs: [措辞.yaml]\n",
            {"措辞.yaml": "vague:\n  - phrase: 酌情\n    suggestion: [写明\n"},
            "措辞.yaml:4",
            "语法错误",
        ),
        ("packs: [措辞.yaml]\n", {"措辞.yaml": "vague: 酌情\n"}, "措辞.yaml:1", "应为列表"),
        ("packs: [不存在.yaml]\n", {}, "不存在.yaml", "无法读取"),
    ],
)
def test_malformed_config_or_pack_exits_2_with_file_line_and_what(
    corpus, monkeypatch, config, extra, where, words
):
    (corpus / "guidelint.yaml").write_text(config, encoding="utf-8")
    for name, text in extra.items():
        (corpus / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(corpus)
    result = CliRunner().invoke(cli, ["check", "--no-cache", "."])
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit), result.exception
    assert where in result.stderr and words in result.stderr, result.stderr


def test_config_file_is_found_and_applied(corpus):
    guide = corpus / "石景山区" / "工作居住证" / "guide.yaml"
    guide.write_text(BASE_GUIDE.replace("是否收费: 否", "是否收费: 是"), encoding="utf-8")
    (corpus / "guidelint.yaml").write_text("severity:\n  fee-incomplete: error\n", encoding="utf-8")
    assert run("check", ".", cwd=corpus).returncode == 1
    (corpus / "guidelint.yaml").write_text('per-path-ignores:\n  "石景山区/*": [fee-incomplete]\n')
    assert run("check", "--fail-on", "info", ".", cwd=corpus).returncode == 0


def test_text_output_marks_the_span_under_wide_characters(corpus):
    guide = corpus / "石景山区" / "工作居住证" / "guide.yaml"
    guide.write_text(BASE_GUIDE.replace("到现场次数: 0", "到现场次数: 一次"), encoding="utf-8")
    lines = run("check", str(corpus)).stdout.splitlines()
    head = next(i for i, line in enumerate(lines) if "schema-invalid" in line)
    assert lines[head].startswith(f"{guide}:")
    assert lines[head + 1].endswith("| 到现场次数: 一次")
    source, marker = lines[head + 1], lines[head + 2]
    # "到现场次数: " is five wide characters and two narrow ones: 12 columns before 一
    assert marker.index("^") == source.index("|") + 2 + 12
    assert marker.count("^") == 4


def test_rules_lists_and_explains():
    listed = run("rules").stdout
    assert "fee-incomplete" in listed and "收费信息不完整" in listed
    explained = run("rules", "fee-incomplete").stdout
    assert "为什么重要" in explained and "错误示例" in explained and "是否收费: 是" in explained


def test_schema_command_prints_json():
    assert json.loads(run("schema", "guide").stdout)["title"] == "办事指南"


def test_a_run_from_the_checkout_leaves_no_cache_in_it(root):
    folder = root / ".guidelint_cache"
    before = sorted(folder.rglob("*")) if folder.exists() else []
    run("check", "guides/平谷区/临时救助", cwd=root)
    after = sorted(folder.rglob("*")) if folder.exists() else []
    assert after == before
