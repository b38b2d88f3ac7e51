"""The GitHub Action's steps, run here as the runner would run them: inputs with spaces and
quotes reach guidelint word for word, findings do not stop the SARIF upload, exit 2 does."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from checker.examples import BASE_CHECKLIST, BASE_GUIDE

ROOT = Path(__file__).resolve().parent.parent
STEPS = {
    step.get("name", step.get("uses")): step
    for step in yaml.safe_load((ROOT / "action.yml").read_text("utf-8"))["runs"]["steps"]
}


def expand(value: str, inputs: dict[str, str], temp: Path) -> str:
    """``${{ inputs.NAME }}`` and ``${{ runner.temp }}`` as the runner expands them."""
    value = value.replace("${{ runner.temp }}", str(temp))
    return re.sub(r"\$\{\{ inputs\.([\w-]+) \}\}", lambda m: inputs[m.group(1)], value)


def run_step(name: str, cwd: Path, **inputs: str) -> subprocess.CompletedProcess:
    """The step's script with its env as the Action fills it from ``inputs``."""
    step = STEPS[name]
    assert step["shell"] == "python"
    values = {"paths": ".", "args": "", "fail-on": "error", "sarif-file": "guidelint.sarif", **inputs}
    env = {key: expand(value, values, cwd.parent / "runner-temp") for key, value in step["env"].items()}
    guidelint = shutil.which("guidelint") or str(Path(sys.executable).parent / "guidelint")
    path = f"{Path(guidelint).parent}{os.pathsep}{os.environ['PATH']}"
    return subprocess.run(
        [sys.executable, "-c", step["run"]],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, **env, "PATH": path, "PYTHONPATH": str(ROOT)},
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A checkout in ``tmp_path``, beside which the runner's temporary folder goes."""
    item = tmp_path / "checkout" / "guides" / "石景山区 工作居住证"  # a folder name with a space
    item.mkdir(parents=True)
    (item / "guide.yaml").write_text(BASE_GUIDE, encoding="utf-8")
    (item / "checklist.yaml").write_text(
        BASE_CHECKLIST + "  - 材料名称: 纳税记录\n    原件份数: 1\n    复印件份数: 0\n", encoding="utf-8"
    )
    return tmp_path / "checkout"


def test_findings_write_a_sarif_and_let_the_upload_run(repo):
    done = run_step(
        "guidelint (SARIF)", repo, paths='"guides/石景山区 工作居住证"', args="--select 'checklist-*'"
    )
    assert done.returncode == 0, done.stderr
    results = json.loads((repo / "guidelint.sarif").read_text("utf-8"))["runs"][0]["results"]
    assert {r["ruleId"] for r in results} == {"checklist-unpublished-material"}
    annotations = run_step("guidelint (annotations)", repo, paths='"guides/石景山区 工作居住证"')
    assert annotations.returncode == 1 and "::error " in annotations.stdout


def test_a_glob_in_the_inputs_is_not_expanded(repo):
    (repo / "guides" / "x-guide.yaml").write_text(BASE_GUIDE, encoding="utf-8")
    done = run_step("guidelint (SARIF)", repo, paths="guides/*-guide.yaml")
    assert done.returncode == 2 and "路径不存在：guides/*-guide.yaml" in done.stderr


def test_the_cache_lives_outside_the_checkout(repo):
    assert run_step("guidelint (SARIF)", repo).returncode == 0
    assert not (repo / ".guidelint_cache").exists()
    assert (repo.parent / "runner-temp" / "guidelint-cache" / ".gitignore").exists()


def test_a_usage_error_fails_the_step_and_the_upload_skips_a_missing_file(repo):
    done = run_step("guidelint (SARIF)", repo, args="--select no-such-rule")
    assert done.returncode == 2 and not (repo / "guidelint.sarif").exists()
    condition = STEPS["Upload SARIF"]["if"]
    assert "always()" in condition and "hashFiles(inputs.sarif-file) != ''" in condition
