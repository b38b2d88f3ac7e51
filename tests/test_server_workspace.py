"""The server's workspace checks again only what an edit can change, and its findings stay those
of a whole ``guidelint check`` run after every edit."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from checker.config import Config
from checker.document import Document
from checker.engine import Checked, Runner, run
from checker.findings import Finding
from checker.server.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent


def _normal(f: Finding, root: Path) -> tuple:
    def relative(path: str) -> str:
        return os.path.relpath(path, root) if os.path.isabs(path) else path

    related = tuple((relative(r.path), r.line, r.column, r.message) for r in f.related)
    return (relative(f.path), f.line, f.column, f.end_line, f.end_column, f.rule, f.message, related)


def _whole_run(root: Path) -> list[tuple]:
    return sorted(_normal(f, root) for f in run([str(root)], Config()).findings)


def _workspace_findings(workspace: Workspace, root: Path) -> list[tuple]:
    paths = [p for p in root.rglob("*.yaml") if p.name.endswith(("guide.yaml", "checklist.yaml"))]
    return sorted(_normal(f, root) for p in paths for f in workspace.findings(str(p)))


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "guides", tmp_path / "guides")
    return tmp_path / "guides"


def _edits(corpus: Path) -> list[tuple[Path, str]]:
    """Edits of every kind a corpus rule can see: codes, basic codes, names, breakage, removal."""
    guide = corpus / "石景山区" / "工作居住证" / "guide.yaml"
    checklist = corpus / "石景山区" / "工作居住证" / "checklist.yaml"
    text, listed = guide.read_text("utf-8"), checklist.read_text("utf-8")
    districts = sorted(corpus.glob("*/城乡居民养老保险参保登记/guide.yaml"))
    assert len(districts) >= 2
    district = districts[0].read_text("utf-8")
    return [
        (guide, text.replace("居民身份证", "身份证")),
        (guide, text.replace("实施编码: ", "实施编码: X", 1)),  # the checklist loses its guide
        (checklist, listed.replace("实施编码: ", "实施编码: X", 1)),  # and finds it again
        (districts[0], district.replace("基本编码: ", "基本编码: 9", 1)),  # leaves its 同事同标 group
        (districts[0], district.replace("到现场次数: 0", "到现场次数: 2")),
        (checklist, listed[: len(listed) // 2]),
        (guide, "实施编码: [\n"),
        (guide, text),
    ]


def test_every_edit_leaves_the_findings_of_a_whole_run(corpus: Path) -> None:
    workspace = Workspace(str(corpus), Config())
    workspace.load({})
    assert _workspace_findings(workspace, corpus) == _whole_run(corpus)
    for path, text in _edits(corpus):
        path.write_text(text, encoding="utf-8")
        workspace.update(str(path), None)
        assert _workspace_findings(workspace, corpus) == _whole_run(corpus), (path, text[:40])


def test_an_open_buffer_replaces_its_file_and_closing_falls_back_to_the_disk(corpus: Path) -> None:
    guide = corpus / "石景山区" / "工作居住证" / "guide.yaml"
    checklist = corpus / "石景山区" / "工作居住证" / "checklist.yaml"
    workspace = Workspace(str(corpus), Config())
    workspace.load({})
    on_disk = workspace.findings(str(checklist))
    emptied = guide.read_text("utf-8").replace("实施编码: ", "实施编码: X", 1)
    changed = workspace.update(str(guide), emptied)
    assert str(checklist) in changed
    assert "missing-counterpart" in {f.rule for f in workspace.findings(str(checklist))}
    workspace.update(str(guide), None)
    assert workspace.findings(str(checklist)) == on_disk


def test_unchanged_documents_keep_their_models(corpus: Path) -> None:
    guide = corpus / "石景山区" / "工作居住证" / "guide.yaml"
    workspace = Workspace(str(corpus), Config())
    workspace.load({})
    others = {key: workspace.document(key) for key in ("东城区/养老助残卡/guide.yaml",)}
    before = workspace.document(workspace.key(str(guide)))
    workspace.update(str(guide), guide.read_text("utf-8") + "\n")
    assert workspace.document(workspace.key(str(guide))) is not before
    assert all(workspace.document(key) is doc for key, doc in others.items())


def test_excluded_paths_are_matched_relative_to_the_folder(corpus: Path) -> None:
    workspace = Workspace(str(corpus), Config(exclude=("_broken/*",)))
    workspace.load({})
    broken = corpus / "_broken" / "语法错误" / "checklist.yaml"
    assert broken.exists()
    assert workspace.document(workspace.key(str(broken))) is None
    assert workspace.update(str(broken), "事项名称: [\n") == set()
    assert workspace.findings(str(broken)) == []
    kept = corpus / "石景山区" / "工作居住证" / "guide.yaml"
    assert workspace.document(workspace.key(str(kept))) is not None


def test_a_binary_file_on_disk_is_a_parse_error_and_the_others_are_checked(corpus: Path) -> None:
    binary = corpus / "损坏" / "checklist.yaml"
    binary.parent.mkdir()
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe")
    workspace = Workspace(str(corpus), Config())
    workspace.load({})
    assert [f.rule for f in workspace.findings(str(binary))] == ["parse-error"]
    assert _workspace_findings(workspace, corpus) == _whole_run(corpus)


def _counting_checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths the per-document phase runs on from now on."""
    checked: list[str] = []
    original = Runner.check_document

    def counted(self: Runner, doc: Document) -> Checked:
        checked.append(doc.path)
        return original(self, doc)

    monkeypatch.setattr(Runner, "check_document", counted)
    return checked


def test_a_second_load_takes_the_unchanged_files_from_the_cache(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GUIDELINT_CACHE_DIR", str(tmp_path / "cache"))
    Workspace(str(corpus), Config()).load({})
    checked = _counting_checks(monkeypatch)
    workspace = Workspace(str(corpus), Config())
    workspace.load({})
    assert checked == []
    assert _workspace_findings(workspace, corpus) == _whole_run(corpus)
    key = "石景山区/工作居住证/guide.yaml"
    assert workspace.document(key) is not None and workspace.document(key).text == (corpus / key).read_text("utf-8")


def test_a_file_changed_on_disk_or_open_in_a_buffer_is_checked_again(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GUIDELINT_CACHE_DIR", str(tmp_path / "cache"))
    Workspace(str(corpus), Config()).load({})
    guide = corpus / "石景山区" / "工作居住证" / "guide.yaml"
    checklist = guide.with_name("checklist.yaml")
    guide.write_text(guide.read_text("utf-8").replace("居民身份证", "身份证"), encoding="utf-8")
    opened = checklist.read_text("utf-8").replace("实施编码: ", "实施编码: X", 1)
    checked = _counting_checks(monkeypatch)
    workspace = Workspace(str(corpus), Config())
    workspace.load({str(checklist): opened})
    assert "石景山区/工作居住证/guide.yaml" in checked and "石景山区/工作居住证/checklist.yaml" in checked
    checklist.write_text(opened, encoding="utf-8")
    assert _workspace_findings(workspace, corpus) == _whole_run(corpus)


def test_without_a_cache_folder_set_the_cache_lies_in_the_workspace_folder(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("GUIDELINT_CACHE_DIR", raising=False)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    workspace = Workspace(str(corpus), Config())
    workspace.load({})
    assert (corpus / ".guidelint_cache").is_dir() and not any(elsewhere.iterdir())
    assert _workspace_findings(workspace, corpus) == _whole_run(corpus)
