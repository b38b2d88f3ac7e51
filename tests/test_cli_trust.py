"""The command line tells the truth: no silent green runs, counts that add up, --fix and a
named file that behave as the report and the folder do, and the options users expect."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import GIT_ENV

from checker.examples import BASE_CHECKLIST, BASE_GUIDE

ROOT = Path(__file__).resolve().parent.parent
# The checklist asks for 身份证 (a variant name: fixable) and for a material the guide lacks.
VARIANT_CHECKLIST = BASE_CHECKLIST.replace("材料名称: 居民身份证", "材料名称: 身份证") + (
    "  - 材料名称: 纳税记录\n    原件份数: 1\n    复印件份数: 0\n"
)
ITEM = "石景山区/工作居住证"


def run(
    *args: str, cwd: Path | None = None, stdin: str | None = None, **env: str
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "checker", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        input=stdin,
        env={**os.environ, **GIT_ENV, "PYTHONPATH": str(ROOT), **env},
    )


def findings(result: subprocess.CompletedProcess) -> list[dict]:
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)["findings"]


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", *args], cwd=repo, check=True, capture_output=True, text=True, env={**os.environ, **GIT_ENV}
    )
    return done.stdout


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    item = tmp_path / "guides" / ITEM
    item.mkdir(parents=True)
    (item / "guide.yaml").write_text(BASE_GUIDE, encoding="utf-8")
    (item / "checklist.yaml").write_text(VARIANT_CHECKLIST, encoding="utf-8")
    return tmp_path


@pytest.fixture
def repo(corpus: Path) -> Path:
    other = corpus / "guides" / "海淀区" / "工作居住证"
    other.mkdir(parents=True)
    (other / "guide.yaml").write_text(BASE_GUIDE.replace("4000117001", "4000117002"), encoding="utf-8")
    (other / "checklist.yaml").write_text(
        VARIANT_CHECKLIST.replace("4000117001", "4000117002"), encoding="utf-8"
    )
    git(corpus, "init", "-q", "-b", "main")
    git(corpus, "add", ".")
    git(corpus, "commit", "-q", "-m", "指南初稿")
    return corpus


# 1. --fix touches only what the report shows


def test_fix_with_changed_since_rewrites_only_the_changed_file(repo):
    changed = repo / "guides" / ITEM / "checklist.yaml"
    untouched = repo / "guides" / "海淀区" / "工作居住证" / "checklist.yaml"
    before = untouched.read_bytes()
    changed.write_text(changed.read_text("utf-8").replace("窗口: 综合受理窗口3号", "窗口: 综合受理窗口4号"))
    changed.write_text(
        changed.read_text("utf-8").replace("审查要点: 在有效期内", "审查要点: 在有效期内的原件")
    )
    result = run("check", "--changed-since", "HEAD", "--fix", "--format", "json", "guides", cwd=repo)
    assert untouched.read_bytes() == before
    assert "材料名称: 身份证" in changed.read_text("utf-8")  # its variant name is on an unchanged line
    assert all(f["path"].startswith(f"guides/{ITEM}") for f in findings(result))


# 2. a named file is checked with its counterpart


@pytest.mark.parametrize("named", ["checklist.yaml", "guide.yaml"])
def test_a_named_document_gets_the_findings_its_folder_gives_it(corpus, named):
    folder = f"guides/{ITEM}"
    whole = [
        f for f in findings(run("check", "--format", "json", folder, cwd=corpus)) if f["path"].endswith(named)
    ]
    alone = findings(run("check", "--format", "json", f"{folder}/{named}", cwd=corpus))
    assert alone == whole
    assert all(f["rule"] != "missing-counterpart" for f in alone)


def test_a_named_file_does_not_hide_its_folder_given_too(corpus):
    folder = f"guides/{ITEM}"
    both = findings(run("check", "--format", "json", f"{folder}/checklist.yaml", folder, cwd=corpus))
    assert both == findings(run("check", "--format", "json", folder, cwd=corpus))


def test_a_named_checklist_reports_the_pair_finding_not_a_missing_guide(corpus):
    result = run("check", "--format", "json", f"guides/{ITEM}/checklist.yaml", cwd=corpus)
    rules = {f["rule"] for f in findings(result)}
    assert "checklist-unpublished-material" in rules and "missing-counterpart" not in rules
    assert json.loads(result.stdout)["summary"]["files"] == 1


# 7. --changed-since: shallow clones, an empty ref, the repository of the checked path


def test_changed_since_in_a_shallow_clone_without_merge_base_exits_2_with_advice(repo, tmp_path):
    git(repo, "branch", "old")
    (repo / "guides" / ITEM / "guide.yaml").write_text(BASE_GUIDE + "# 改动\n", encoding="utf-8")
    git(repo, "commit", "-qam", "改动")
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{repo}", str(clone))
    git(clone, "fetch", "-q", "--depth", "1", "origin", "old:old")
    result = run("check", "--changed-since", "old", "guides", cwd=clone)
    assert result.returncode == 2, result.stderr
    assert "浅克隆" in result.stderr and "fetch-depth: 0" in result.stderr and "--deepen" in result.stderr


def test_an_empty_changed_since_is_a_usage_error(corpus):
    result = run("check", "--changed-since", "", "guides", cwd=corpus)
    assert result.returncode == 2 and "--changed-since" in result.stderr


def test_changed_since_uses_the_repository_of_the_checked_path(repo, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("elsewhere")  # not inside the repository
    guide = repo / "guides" / ITEM / "guide.yaml"
    guide.write_text(BASE_GUIDE.replace("是否收费: 否", "是否收费: 是"), encoding="utf-8")
    result = run("check", "--changed-since", "HEAD", "--format", "json", str(repo / "guides"), cwd=elsewhere)
    assert "fee-incomplete" in {f["rule"] for f in findings(result)}


# 9. no silent green runs


def test_a_named_file_that_is_not_a_document_is_reported_and_exits_2(corpus):
    (corpus / "notes.yaml").write_text("a: 1\n", encoding="utf-8")
    result = run("check", "notes.yaml", cwd=corpus)
    assert result.returncode == 2
    assert "notes.yaml" in result.stderr and "guide.yaml" in result.stderr
    assert "没有找到要检查的" in result.stderr and "未发现问题" not in result.stdout


def test_an_empty_folder_exits_2_and_says_so(tmp_path):
    (tmp_path / "empty").mkdir()
    result = run("check", "empty", cwd=tmp_path)
    assert result.returncode == 2 and "empty" in result.stderr and "没有办事指南或收件清单" in result.stderr


def test_a_missing_path_among_others_is_named(corpus):
    result = run("check", "guides", "nowhere", cwd=corpus)
    assert "路径不存在：nowhere" in result.stderr and result.returncode == 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_named_pipe_is_not_called_missing(corpus):
    os.mkfifo(corpus / "pipe.guide.yaml")
    result = run("check", "pipe.guide.yaml", cwd=corpus)
    assert result.returncode == 2 and "不是普通文件" in result.stderr and "路径不存在" not in result.stderr


@pytest.mark.parametrize(
    ("guide", "checklist"),
    [("办事指南.yaml", "收件清单.yaml"), ("石景山区办事指南.yml", "石景山区收件清单.yml")],
)
def test_chinese_file_names_are_documents(tmp_path, guide, checklist):
    (tmp_path / guide).write_text(BASE_GUIDE, encoding="utf-8")
    (tmp_path / checklist).write_text(VARIANT_CHECKLIST, encoding="utf-8")
    result = run("check", "--format", "json", ".", cwd=tmp_path)
    assert json.loads(result.stdout)["summary"]["files"] == 2
    assert "checklist-unpublished-material" in {f["rule"] for f in findings(result)}


def test_a_yaml_beside_documents_with_another_name_is_warned_about(corpus):
    folder = corpus / "guides" / ITEM
    (folder / "guid.yaml").write_text(BASE_GUIDE, encoding="utf-8")
    (folder / "额外词表.yaml").write_text("documents: []\n", encoding="utf-8")
    (corpus / "guidelint.yaml").write_text(
        "glossaries: [guides/石景山区/工作居住证/额外词表.yaml]\n", encoding="utf-8"
    )
    (folder / "guidelint.yaml").write_text("", encoding="utf-8")
    result = run("check", "--config", "guidelint.yaml", "guides", cwd=corpus)
    assert "guid.yaml" in result.stderr and "未检查" in result.stderr
    assert "额外词表" not in result.stderr and "guidelint.yaml" not in result.stderr


def test_what_git_ignores_is_not_walked_but_a_named_file_is_checked(repo):
    (repo / ".gitignore").write_text("草稿/\n", encoding="utf-8")
    draft = repo / "guides" / "草稿"
    draft.mkdir()
    (draft / "guide.yaml").write_text(BASE_GUIDE.replace("4000117001", "4000117009"), encoding="utf-8")
    walked = run("check", "--format", "json", "guides", cwd=repo)
    assert json.loads(walked.stdout)["summary"]["files"] == 4
    named = run("check", "--format", "json", "guides/草稿/guide.yaml", cwd=repo)
    assert json.loads(named.stdout)["summary"]["files"] == 1


# 10. configuration found from the checked path upward


def test_config_is_found_from_the_checked_path(corpus, tmp_path_factory):
    (corpus / "guidelint.yaml").write_text("ignore: [checklist-unpublished-material]\n", encoding="utf-8")
    elsewhere = tmp_path_factory.mktemp("elsewhere")  # not below the configuration
    result = run("check", "--format", "json", str(corpus / "guides"), cwd=elsewhere)
    assert "checklist-unpublished-material" not in {f["rule"] for f in findings(result)}


# 11. counts that add up


def test_write_baseline_says_only_what_it_recorded(corpus):
    result = run("check", "--write-baseline", "base.json", "guides", cwd=corpus)
    assert result.returncode == 0 and "未发现问题" not in result.stdout + result.stderr
    assert "已将" in result.stderr and (corpus / "base.json").exists()
    again = run("check", "--baseline", "base.json", "guides", cwd=corpus)
    assert again.returncode == 0
    recorded = int(result.stderr.split("已将 ")[1].split(" ")[0])
    assert recorded > 0 and f"中已记录的 {recorded} 个问题未报告" in again.stderr


def test_changed_since_says_how_many_it_hid(repo):
    result = run("check", "--changed-since", "HEAD", "guides", cwd=repo)
    assert result.returncode == 0 and "不在改动的行上" in result.stderr


def test_statistics_prints_only_the_table_on_stdout(corpus):
    result = run("check", "--statistics", "guides", cwd=corpus)
    assert result.returncode == 1
    assert "checklist-unpublished-material" in result.stdout and "^^^" not in result.stdout
    assert "nonstandard-name" in result.stdout and not result.stderr.strip()


def test_statistics_follow_the_json_format_and_refuse_the_others(corpus):
    result = run("check", "--statistics", "--format", "json", "guides", cwd=corpus)
    assert result.returncode == 1
    rows = json.loads(result.stdout)
    names = {row["rule"]: row for row in rows}
    assert names["nonstandard-name"]["title"] == "证照名称不规范" and names["nonstandard-name"]["fixable"] >= 1
    assert [row["count"] for row in rows] == sorted((row["count"] for row in rows), reverse=True)
    refused = run("check", "--statistics", "--format", "sarif", "guides", cwd=corpus)
    assert refused.returncode == 2 and "--statistics 只能与 text 或 json 格式同用" in refused.stderr


# 12, 14. configuration errors at once, rule ids forgiving of case, binary files


def test_config_errors_are_reported_together_with_suggestions(corpus):
    (corpus / "guidelint.yaml").write_text(
        "selct: [ALL]\nignore: [umbrela-term]\nfail-on: eror\n", encoding="utf-8"
    )
    result = run("check", "guides", cwd=corpus)
    assert result.returncode == 2
    for expected in (
        "guidelint.yaml:1",
        "select",
        "guidelint.yaml:2",
        "umbrella-term",
        "guidelint.yaml:3",
        "error",
    ):
        assert expected in result.stderr, result.stderr


def test_rule_ids_are_case_insensitive_and_typos_get_a_suggestion(corpus):
    result = run(
        "check", "--select", "Checklist-Unpublished-Material", "--format", "json", "guides", cwd=corpus
    )
    assert {f["rule"] for f in findings(result)} == {"checklist-unpublished-material"}
    typo = run("check", "--select", "checklist-unpublished-materal", "guides", cwd=corpus)
    assert typo.returncode == 2 and "是否应为「checklist-unpublished-material」" in typo.stderr


def test_extend_select_on_the_command_line_adds_to_the_configured_selection(corpus):
    (corpus / "guidelint.yaml").write_text("select: [nonstandard-name]\n", encoding="utf-8")
    result = run(
        "check", "--extend-select", "checklist-unpublished-material", "--format", "json", "guides", cwd=corpus
    )
    assert {f["rule"] for f in findings(result)} == {"nonstandard-name", "checklist-unpublished-material"}


def test_extend_select_and_extend_ignore_in_the_config(corpus):
    (corpus / "guidelint.yaml").write_text(
        "select: [nonstandard-name]\nextend-select: [checklist-*]\nextend-ignore: [checklist-unpublished-requirement]\n",
        encoding="utf-8",
    )
    rules = {f["rule"] for f in findings(run("check", "--format", "json", "guides", cwd=corpus))}
    assert rules == {"nonstandard-name", "checklist-unpublished-material"}


@pytest.mark.parametrize("name", ["guidelint.yaml", "base.json"])
def test_binary_config_or_baseline_is_a_clear_message(corpus, name):
    (corpus / name).write_bytes(b"\x89PNG\r\n\x1a\n\x00\xff\xfe")
    args = ["--baseline", name] if name.endswith(".json") else []
    result = run("check", *args, "guides", cwd=corpus)
    assert result.returncode == 2 and name in result.stderr
    assert "codec" not in result.stderr and "Traceback" not in result.stderr


def test_fix_removes_stale_temporary_files_of_its_own_naming(corpus):
    folder = corpus / "guides" / ITEM
    stale, fresh, foreign = (
        folder / ".checklist.yaml.abcd1234.tmp",
        folder / ".checklist.yaml.efgh5678.tmp",
        folder / "other.tmp",
    )
    for path in (stale, fresh, foreign):
        path.write_text("half", encoding="utf-8")
    os.utime(stale, (1, 1))
    run("check", "--fix", "guides", cwd=corpus)
    assert not stale.exists() and fresh.exists() and foreign.exists()
    assert "居民身份证" in (folder / "checklist.yaml").read_text("utf-8")


# Options people expect


def test_output_file_and_exit_zero(corpus):
    result = run(
        "check", "--output-file", "report.json", "--format", "json", "--exit-zero", "guides", cwd=corpus
    )
    assert result.returncode == 0 and result.stdout == ""
    assert json.loads((corpus / "report.json").read_text("utf-8"))["findings"]


def test_quiet_prints_the_findings_only(corpus):
    result = run("check", "-q", "guides", cwd=corpus)
    assert result.returncode == 1 and "checklist-unpublished-material" in result.stdout
    assert "检查了" not in result.stdout


@pytest.mark.parametrize(
    ("option", "env", "colored"),
    [
        ("--color=always", {}, True),
        ("--color=never", {"FORCE_COLOR": "1"}, False),
        ("--color=auto", {"FORCE_COLOR": "1"}, True),
        ("--color=auto", {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
        ("--color=auto", {}, False),  # not a terminal
    ],
)
def test_color_option_and_environment(corpus, option, env, colored):
    base = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    result = subprocess.run(
        [sys.executable, "-m", "checker", "check", option, "guides"],
        capture_output=True, text=True, cwd=corpus, env={**base, "PYTHONPATH": str(ROOT), **env},
    )  # fmt: skip
    assert ("\x1b[" in result.stdout) == colored


def test_stdin_with_a_file_name_is_checked_with_its_counterpart(corpus):
    text = (corpus / "guides" / ITEM / "checklist.yaml").read_text("utf-8")
    result = run(
        "check",
        "--format",
        "json",
        "--stdin-filename",
        f"guides/{ITEM}/checklist.yaml",
        "-",
        cwd=corpus,
        stdin=text,
    )
    on_disk = findings(run("check", "--format", "json", f"guides/{ITEM}/checklist.yaml", cwd=corpus))
    assert findings(result) == on_disk
    assert run("check", "-", cwd=corpus, stdin=text).returncode == 2  # which kind of document?


def test_diff_previews_fixes_without_writing(corpus):
    checklist = corpus / "guides" / ITEM / "checklist.yaml"
    before = checklist.read_bytes()
    result = run("check", "--diff", "guides", cwd=corpus)
    assert result.returncode == 1 and checklist.read_bytes() == before
    assert run("check", "--diff", "--fix", "guides", cwd=corpus).stdout == result.stdout
    assert checklist.read_bytes() == before
    assert "-  - 材料名称: 身份证" in result.stdout and "+  - 材料名称: 居民身份证" in result.stdout


def test_fixable_findings_are_marked_and_counted(corpus):
    result = run("check", "--show-fixes", "--select", "nonstandard-name", "guides", cwd=corpus)
    assert ": info nonstandard-name [*] " in result.stdout  # the severity word of the other formats
    assert "修复：将「身份证」改为「居民身份证」" in result.stdout
    assert "1 个问题可用 --fix 修复" in result.stdout


def test_rules_as_json():
    done = run("rules", "--format", "json")
    rules = {r["id"]: r for r in json.loads(done.stdout)}
    assert rules["umbrella-term"]["severity"] == "error" and rules["umbrella-term"]["title"]
    assert "检查什么" in rules["umbrella-term"]["doc"] or rules["umbrella-term"]["doc"]
