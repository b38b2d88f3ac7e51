"""--changed-since: findings on lines changed since a git revision, in a real temporary repository."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from checker.changes import Changes, parse_diff, select
from checker.examples import BASE_GUIDE
from checker.findings import Finding, Related

RULES = "fee-incomplete,contact-invalid,duplicate-code,schema-invalid"
# A fee warning (line 38) and an invalid phone number (line 42).
FLAWED = BASE_GUIDE.replace("是否收费: 否", "是否收费: 是").replace("  - 010-68861234", "  - 010-6886123")
GIT_ENV = {
    "GIT_AUTHOR_NAME": "编写人员",
    "GIT_AUTHOR_EMAIL": "editor@example.org",
    "GIT_COMMITTER_NAME": "编写人员",
    "GIT_COMMITTER_EMAIL": "editor@example.org",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, env={**os.environ, **GIT_ENV})


def run(*args: str, cwd) -> subprocess.CompletedProcess:
    env = {**os.environ, **GIT_ENV, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    return subprocess.run(
        [sys.executable, "-c", "from checker.cli import main; main()", *args],
        capture_output=True, text=True, cwd=cwd, env=env,
    )  # fmt: skip


def reported(repo: Path, *args: str) -> set[tuple[str, str, int]]:
    result = run("check", "--select", RULES, "--format", "json", *args, cwd=repo)
    assert result.returncode in (0, 1), result.stderr
    return {
        (Path(f["path"]).parent.name, f["rule"], f["line"]) for f in json.loads(result.stdout)["findings"]
    }


@pytest.fixture
def repo(tmp_path) -> Path:
    for name in ("甲事项", "乙事项", "丙事项"):
        (tmp_path / "guides" / name).mkdir(parents=True)
    code = "11110107MB0000001X4000117001"
    other = "11110107MB0000001X4000117003"
    (tmp_path / "guides/甲事项/guide.yaml").write_text(FLAWED, encoding="utf-8")
    (tmp_path / "guides/乙事项/guide.yaml").write_text(BASE_GUIDE, encoding="utf-8")  # same code as 甲
    (tmp_path / "guides/丙事项/guide.yaml").write_text(FLAWED.replace(code, other), encoding="utf-8")
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "指南初稿")
    return tmp_path


def test_everything_is_reported_without_the_option(repo):
    found = reported(repo, "guides")
    assert ("甲事项", "fee-incomplete", 38) in found and ("丙事项", "contact-invalid", 42) in found
    assert ("甲事项", "duplicate-code", 2) in found  # 甲 repeats 乙's code


def test_nothing_changed_reports_nothing(repo):
    assert reported(repo, "--changed-since", "HEAD", "guides") == set()


def test_only_findings_on_changed_lines(repo):
    guide = repo / "guides/丙事项/guide.yaml"
    guide.write_text(guide.read_text("utf-8").replace("010-6886123", "010-688612"), encoding="utf-8")
    assert reported(repo, "--changed-since", "HEAD", "guides") == {("丙事项", "contact-invalid", 42)}
    result = run("check", "--select", RULES, "--changed-since", "HEAD", "guides", cwd=repo)
    assert result.returncode == 0  # a warning only: the default --fail-on error passes


def test_corpus_findings_that_involve_a_changed_document(repo):
    guide = repo / "guides/乙事项/guide.yaml"
    guide.write_text(BASE_GUIDE.replace("石景山路18号", "石景山路20号"), encoding="utf-8")
    # 甲 did not change, but its duplicate-code finding names 乙 as the other document.
    assert reported(repo, "--changed-since", "HEAD", "guides") == {("甲事项", "duplicate-code", 2)}


def test_committed_changes_since_an_older_revision_count(repo):
    guide = repo / "guides/丙事项/guide.yaml"
    text = guide.read_text("utf-8").replace("到现场次数: 0", "到现场次数: 一次")
    guide.write_text(text, encoding="utf-8")
    git(repo, "commit", "-q", "-am", "修改到现场次数")
    found = reported(repo, "--changed-since", "HEAD~1", "guides")
    assert found == {("丙事项", "schema-invalid", 30)}


def test_untracked_files_count_as_wholly_changed(repo):
    (repo / "guides/丁事项").mkdir()
    text = FLAWED.replace("11110107MB0000001X4000117001", "11110107MB0000001X4000117009")
    (repo / "guides/丁事项/guide.yaml").write_text(text, encoding="utf-8")
    found = reported(repo, "--changed-since", "HEAD", "guides")
    assert found == {("丁事项", "fee-incomplete", 38), ("丁事项", "contact-invalid", 42)}


def test_a_deleted_line_marks_its_neighbours():
    diff = (
        "diff --git a/g/guide.yaml b/g/guide.yaml\n--- a/g/guide.yaml\n+++ b/g/guide.yaml\n"
        "@@ -39 +38,0 @@\n-收费标准: 10 元\n@@ -50,2 +49,3 @@\n-a\n-b\n+a\n+b\n+c\n"
    )
    lines = parse_diff(diff, "/repo")
    assert lines[os.path.realpath("/repo/g/guide.yaml")] == {38, 39, 49, 50, 51}


def test_select_keeps_findings_whose_span_or_related_file_changed(tmp_path):
    a, b = str(tmp_path / "a.guide.yaml"), str(tmp_path / "b.guide.yaml")
    changes = Changes({os.path.realpath(a): {10}})
    on_line = Finding(a, 10, 1, 10, 5, "contact-invalid", "warning", "m")
    spans_line = Finding(a, 8, 1, 12, 1, "schema-invalid", "error", "m")
    elsewhere = Finding(a, 20, 1, 20, 5, "fee-incomplete", "warning", "m")
    related = Finding(b, 2, 1, 2, 5, "duplicate-code", "error", "m", related=(Related(a, 2, 1, "x"),))
    local_related = Finding(b, 2, 1, 2, 5, "fee-incomplete", "warning", "m", related=(Related(a, 2, 1, "x"),))
    kept = select([on_line, spans_line, elsewhere, related, local_related], changes, {"duplicate-code"})
    assert kept == [on_line, spans_line, related]


def test_outside_a_repository_or_with_an_unknown_ref_exits_2(repo, tmp_path_factory):
    outside = tmp_path_factory.mktemp("plain")
    (outside / "guide.yaml").write_text(FLAWED, encoding="utf-8")
    result = run("check", "--changed-since", "HEAD", ".", cwd=outside)
    assert result.returncode == 2 and "不在 git 仓库中" in result.stderr
    result = run("check", "--changed-since", "no-such-branch", "guides", cwd=repo)
    assert result.returncode == 2 and "no-such-branch" in result.stderr
    assert "Traceback" not in result.stderr
