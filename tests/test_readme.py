"""Every command block of the README works on first paste.

Each ```sh block runs with bash in a temporary copy of the sample corpus (a git repository
with an ``origin/main``), ``guidelint`` on the PATH; a guidelint command may find problems
(exit 1) but must not fail (exit 2), and every other command must succeed. A block that
cannot run here is listed in NOT_RUN with the reason, and is still checked by ``bash -n``;
a block added later runs automatically, and fails loudly until it works or is listed. The
YAML snippets (configuration, workflow, pre-commit) are parsed and checked against the
project's own files.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import GIT_ENV

from checker.config import load_config
from checker.discover import _SUFFIXES
from checker.rules import registry

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text("utf-8")
BLOCKS = re.findall(r"^```(\w*)\n(.*?)^```", README, flags=re.M | re.S)
SHELL = [body for lang, body in BLOCKS if lang == "sh"]
# A distinctive piece of a block's text → why it cannot run in a test.
NOT_RUN = {
    "python3 -m venv .venv": "installs the package and its dependencies from PyPI",
    "guidelint import checklist 收件清单.xlsx": "needs the reader's own Excel checklist",
    "guidelint import guide 西城区实施清单.xlsx": "needs the reader's own workbook and Word guide; tests/test_import_guide.py imports generated ones and checks the result",
    "guidelint review 旧版/guide.yaml": "its paths stand for the reader's own files and revisions",
    "python benchmarks/server_edit.py": "a benchmark: it measures for minutes and checks nothing",
}
# guidelint finding problems (exit 1) is the sample corpus working; exit 2 is a broken snippet.
PRELUDE = """set -e
guidelint() { command guidelint "$@" || { s=$?; [ "$s" -eq 1 ] || { echo "guidelint $* exited $s" >&2; return "$s"; }; }; }
"""


def _reason(block: str) -> str | None:
    return next((why for piece, why in NOT_RUN.items() if piece in block), None)


def test_every_allow_listed_block_still_exists():
    for piece in NOT_RUN:
        assert sum(piece in block for block in SHELL) == 1, f"NOT_RUN entry matches no single block: {piece}"


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("readme")
    shutil.copytree(ROOT / "guides", folder / "guides")
    for args in (["init", "-q", "-b", "main"], ["add", "."], ["commit", "-q", "-m", "示例"]):
        subprocess.run(
            ["git", *args], cwd=folder, check=True, capture_output=True, env={**os.environ, **GIT_ENV}
        )
    subprocess.run(["git", "update-ref", "refs/remotes/origin/main", "HEAD"], cwd=folder, check=True)
    return folder


@pytest.mark.parametrize("block", SHELL, ids=[b.splitlines()[0][:40] for b in SHELL])
def test_shell_block_runs(block, sample, tmp_path):
    syntax = subprocess.run(["bash", "-n"], input=block, capture_output=True, text=True)
    assert syntax.returncode == 0, syntax.stderr
    if _reason(block):
        return
    work = tmp_path / "repo"
    shutil.copytree(sample, work, symlinks=True)
    binaries = Path(sys.executable).parent
    env = {
        **os.environ,
        **GIT_ENV,
        "PATH": f"{binaries}{os.pathsep}{os.environ['PATH']}",
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(["bash", "-c", PRELUDE + block], cwd=work, capture_output=True, text=True, env=env)
    assert done.returncode == 0, f"README block failed:\n{block}\n{done.stderr}"


def _yaml_block(marker: str) -> dict | list:
    [body] = [body for lang, body in BLOCKS if lang == "yaml" and marker in body]
    return yaml.safe_load(body)


def test_configuration_snippet_is_a_valid_configuration(tmp_path):
    [body] = [body for lang, body in BLOCKS if lang == "yaml" and "select: [ALL]" in body]
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "本局证照.yaml").write_text("documents: []\n", encoding="utf-8")
    (rules / "本局措辞.yaml").write_text("{}\n", encoding="utf-8")
    (tmp_path / "guidelint.yaml").write_text(body, encoding="utf-8")
    config = load_config(str(tmp_path / "guidelint.yaml"), list(registry()))
    assert config.select == ("ALL",) and "government-issued-material" in config.ignore


def test_pre_commit_snippet_names_our_hook_and_no_missing_tag():
    [repo] = _yaml_block("hooks:")["repos"]
    hooks = {hook["id"] for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))}
    assert {hook["id"] for hook in repo["hooks"]} <= hooks
    assert _ref_exists(repo["rev"]), f"pre-commit rev {repo['rev']} is neither a branch nor a tag"


def test_workflow_snippets_use_our_action_inputs_and_existing_refs():
    inputs = set(yaml.safe_load((ROOT / "action.yml").read_text("utf-8"))["inputs"])
    workflow = _yaml_block("security-events: write")
    [step] = [s for s in workflow["jobs"]["guidelint"]["steps"] if "guidelint@" in s.get("uses", "")]
    assert set(step["with"]) <= inputs
    assert _ref_exists(step["uses"].split("@")[1])
    for ref in re.findall(r"guidelint@([\w.\-]+)", README):
        assert _ref_exists(ref), ref


def test_the_review_workflow_and_the_editor_schemas_cover_every_document_name():
    [review] = [body for lang, body in BLOCKS if lang == "yaml" and "git -c core.quotepath=off diff" in body]
    [schemas] = [body for lang, body in BLOCKS if lang == "json" and '"yaml.schemas"' in body]
    for suffix in _SUFFIXES:
        assert f"'*{suffix}'" in review, suffix  # a 办事指南.yaml changed in a pull request is reviewed
        assert f'"*{suffix}"' in schemas, suffix


def _ref_exists(ref: str) -> bool:
    """A branch every clone has, or a tag of this repository."""
    if ref == "main":
        return True
    tags = subprocess.run(["git", "tag", "--list", ref], cwd=ROOT, capture_output=True, text=True).stdout
    return bool(tags.strip())
