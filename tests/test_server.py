"""``guidelint server`` driven over stdio: the sample corpus, edits across a pair, code actions,
hover and the configuration file. One server for the module, with two workspace folders."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import LanguageClient

from checker.config import Config
from checker.document import build
from checker.engine import check_documents
from checker.examples import BASE_CHECKLIST, BASE_GUIDE
from checker.fix import rewrite
from checker.rules import registry
from tests.server_client import (
    Editor,
    apply_edits,
    code_actions,
    edit_of,
    hover_text,
    path_of,
    server_config,
    settle,
    uri,
)

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("server")
    corpus = base / "corpus"
    shutil.copytree(ROOT / "guides", corpus)
    item = base / "item"
    (item / "事项").mkdir(parents=True)
    (item / "事项" / "guide.yaml").write_text(BASE_GUIDE, encoding="utf-8")
    (item / "事项" / "checklist.yaml").write_text(BASE_CHECKLIST, encoding="utf-8")
    (item / "guidelint.yaml").write_text("ignore: []\n", encoding="utf-8")
    return corpus, item


@pytest_lsp.fixture(scope="module", config=server_config(os.devnull))
async def client(lsp_client: LanguageClient, folders: tuple[Path, Path]):
    corpus, item = folders
    await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=types.ClientCapabilities(),
            workspace_folders=[
                types.WorkspaceFolder(uri(corpus), "corpus"),
                types.WorkspaceFolder(uri(item), "item"),
            ],
        )
    )
    yield
    await lsp_client.shutdown_session()


def _check_json(folder: Path) -> dict[str, set]:
    """``guidelint check --format json`` run in ``folder``, by path: the LSP view of each finding."""
    run = subprocess.run(
        [sys.executable, "-m", "checker", "check", "--format", "json", "--no-cache", "."],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode in (0, 1), run.stderr
    found: dict[str, set] = {}
    for f in json.loads(run.stdout)["findings"]:
        related = tuple(
            (os.path.normpath(r["path"]), r["line"] - 1, r["column"] - 1, r["message"]) for r in f["related"]
        )
        where = (f["line"] - 1, f["column"] - 1, f["end_line"] - 1, f["end_column"] - 1)
        found.setdefault(os.path.normpath(f["path"]), set()).add(
            (*where, f["rule"], f["severity"], f["message"], related)
        )
    return found


_SEVERITY = {
    types.DiagnosticSeverity.Error: "error",
    types.DiagnosticSeverity.Warning: "warning",
    types.DiagnosticSeverity.Information: "info",
}


def _seen(diagnostics: list[types.Diagnostic], folder: Path) -> set:
    found = set()
    for d in diagnostics:
        related = tuple(
            (
                os.path.relpath(path_of(r.location.uri), folder),
                r.location.range.start.line,
                r.location.range.start.character,
                r.message,
            )
            for r in d.related_information or ()
        )
        r = d.range
        where = (r.start.line, r.start.character, r.end.line, r.end.character)
        found.add((*where, d.code, _SEVERITY.get(d.severity or types.DiagnosticSeverity.Hint), d.message, related))
    return found


async def test_sees_what_check_reports_file_by_file(client: LanguageClient, folders) -> None:
    corpus, _ = folders
    expected = _check_json(corpus)
    editor = Editor(client)
    documents = sorted(p for p in corpus.rglob("*.yaml") if p.name.endswith(("guide.yaml", "checklist.yaml")))
    assert len(documents) > 30
    assert all(ord(c) <= 0xFFFF for p in documents for c in p.read_text("utf-8", "replace"))
    with_pair_findings = []
    for path in documents:  # each opened alone: a checklist's guide is on disk only
        key = os.path.relpath(path, corpus)
        seen = _seen(await editor.open(path), corpus)
        assert seen == expected.get(key, set()), key
        if any(f[4].startswith("checklist-") for f in seen):
            with_pair_findings.append(path)
        await editor.close(path)
        assert editor.diagnostics(path) == []
    assert with_pair_findings
    diagnostics = await editor.open(with_pair_findings[0])
    paired = next(d for d in diagnostics if str(d.code).startswith("checklist-") and d.related_information)
    assert paired.related_information and paired.code_description
    assert path_of(paired.related_information[0].location.uri).endswith("guide.yaml")
    assert paired.source == "guidelint"
    assert paired.code_description.href.endswith(str(paired.code).replace("-", "_") + ".py")
    await editor.close(with_pair_findings[0])


def _item(folders) -> tuple[Path, Path]:
    _, item = folders
    return item / "事项" / "guide.yaml", item / "事项" / "checklist.yaml"


async def test_editing_the_guide_rechecks_its_open_checklist_and_closing_restores_the_disk(
    client: LanguageClient, folders
) -> None:
    guide, checklist = _item(folders)
    editor = Editor(client)
    assert await editor.open(checklist) == []
    await editor.open(guide)
    without_contract = BASE_GUIDE.replace("劳动合同", "社保缴费记录")
    assert "guide-unchecked-material" in {d.code for d in await editor.change(guide, without_contract)}
    rules = {d.code for d in editor.diagnostics(checklist)}
    assert "checklist-unpublished-material" in rules
    unpublished = next(d for d in editor.diagnostics(checklist) if d.code == "checklist-unpublished-material")
    assert "劳动合同" in unpublished.message and unpublished.related_information
    assert unpublished.related_information[0].location.uri == uri(guide)
    await editor.close(guide)  # the unsaved edit is gone: the guide on disk lists 劳动合同 again
    assert editor.diagnostics(checklist) == []
    await editor.close(checklist)


async def test_fix_action_makes_the_edit_that_fix_makes(client: LanguageClient, folders) -> None:
    guide, _ = _item(folders)
    editor = Editor(client)
    text = BASE_GUIDE.replace("材料名称: 居民身份证", "材料名称: 身份证")
    diagnostics = await editor.open(guide, text)
    variant = next(d for d in diagnostics if d.code == "nonstandard-name")
    actions = await code_actions(client, guide, variant.range, types.CodeActionContext([variant]))
    version, edits = edit_of(next(a for a in actions if a.is_preferred))
    assert version == editor.versions[uri(guide)]
    fixed = apply_edits(text, edits)
    assert fixed == BASE_GUIDE
    assert [d for d in await editor.change(guide, fixed) if d.code == "nonstandard-name"] == []
    await editor.save(guide)
    assert guide.read_text(encoding="utf-8") == BASE_GUIDE
    assert editor.diagnostics(guide) == []
    await editor.close(guide)


async def test_suppress_action_inserts_the_comment_above_with_the_line_indentation(
    client: LanguageClient, folders
) -> None:
    guide, _ = _item(folders)
    editor = Editor(client)
    text = BASE_GUIDE.replace("受理标准: 在有效期内", "受理标准: 必要时提供原件")
    vague = next(d for d in await editor.open(guide, text) if d.code == "vague-wording")
    actions = await code_actions(client, guide, vague.range, types.CodeActionContext([vague]))
    edited = apply_edits(text, edit_of(next(a for a in actions if "屏蔽" in a.title))[1])
    line = vague.range.start.line
    assert edited.splitlines()[line] == "    # guidelint: disable=vague-wording -- "
    assert edited.splitlines()[line + 1] == text.splitlines()[line]
    reasoned = edited.replace("disable=vague-wording -- ", "disable=vague-wording -- 原件核验由窗口说明")
    assert [d.code for d in await editor.change(guide, reasoned)] == []
    await editor.close(guide)


async def test_hover_shows_the_rule_documentation(client: LanguageClient, folders) -> None:
    guide, _ = _item(folders)
    editor = Editor(client)
    text = BASE_GUIDE.replace("受理标准: 在有效期内", "受理标准: 必要时提供原件")
    vague = next(d for d in await editor.open(guide, text) if d.code == "vague-wording")
    shown = await hover_text(client, guide, vague.range.start)
    assert shown is not None and "vague-wording" in shown and "必要时" in shown
    assert registry()["vague-wording"].doc.splitlines()[0] in shown
    assert await hover_text(client, guide, types.Position(0, 0)) is None
    await editor.close(guide)


async def test_positions_count_utf16_code_units(client: LanguageClient, folders) -> None:
    guide, _ = _item(folders)
    editor = Editor(client)
    line = "受理条件:\n  - 𠀀𠀀申请人必要时到场说明情况\n"
    text = BASE_GUIDE.replace("受理条件:\n", line).replace(
        "  - 申请人在本市用人单位工作，并与用人单位签订一年以上劳动合同\n", "", 1
    )
    vague = next(d for d in await editor.open(guide, text) if d.code == "vague-wording")
    source_line = text.splitlines()[vague.range.start.line]
    assert source_line.index("必要时") == 9  # characters; two astral characters take four units
    assert (vague.range.start.character, vague.range.end.character) == (11, 14)
    await editor.close(guide)


async def test_a_broken_config_is_reported_and_a_mended_one_takes_effect(
    client: LanguageClient, folders
) -> None:
    _, item = folders
    guide, _ = _item(folders)
    config = item / "guidelint.yaml"
    editor = Editor(client)
    text = BASE_GUIDE.replace("材料名称: 居民身份证", "材料名称: 身份证")
    assert "nonstandard-name" in {d.code for d in await editor.open(guide, text)}
    await editor.open(config)
    await editor.change(config, "ignore: [nonstandard-name\n")
    await editor.save(config)
    (broken,) = editor.diagnostics(config)
    assert broken.severity == types.DiagnosticSeverity.Error and "guidelint.yaml" in broken.message
    assert any("配置文件有误" in m.message for m in client.messages)
    assert "nonstandard-name" in {d.code for d in editor.diagnostics(guide)}  # still serving
    await editor.change(config, "ignore: [nonstandard-name]\n")
    await editor.save(config)
    assert editor.diagnostics(config) == []
    assert "nonstandard-name" not in {d.code for d in editor.diagnostics(guide)}
    await editor.change(config, "ignore: []\n")
    await editor.save(config)
    assert "nonstandard-name" in {d.code for d in editor.diagnostics(guide)}
    await editor.close(config)
    await editor.close(guide)
    await settle(client, uri(guide))


async def test_a_guide_changed_on_disk_rechecks_the_open_checklist(client: LanguageClient, folders) -> None:
    guide, checklist = _item(folders)
    editor = Editor(client)
    assert await editor.open(checklist) == []
    guide.write_text(BASE_GUIDE.replace("劳动合同", "社保缴费记录"), encoding="utf-8")
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams([types.FileEvent(uri(guide), types.FileChangeType.Changed)])
    )
    await settle(client, uri(checklist))
    assert "checklist-unpublished-material" in {d.code for d in editor.diagnostics(checklist)}
    guide.write_text(BASE_GUIDE, encoding="utf-8")
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams([types.FileEvent(uri(guide), types.FileChangeType.Changed)])
    )
    await settle(client, uri(checklist))
    assert editor.diagnostics(checklist) == []
    await editor.close(checklist)


async def test_fix_all_rewrites_the_file_as_fix_does(client: LanguageClient, folders) -> None:
    guide, _ = _item(folders)
    editor = Editor(client)
    household = (
        "  - 材料名称: 户口本\n    原件份数: 1\n    复印件份数: 0\n    载体: 纸质\n"
        "    来源渠道: 政府部门核发\n    必要性: 必要\n    免提交: 本市户籍的，通过人口库共享核验\n"
    )
    text = BASE_GUIDE.replace("材料名称: 居民身份证", "材料名称: 身份证").replace("办理方式:", household + "办理方式:")
    await editor.open(guide, text)
    whole = types.Range(types.Position(0, 0), types.Position(len(text.splitlines()), 0))
    only = types.CodeActionContext([], only=[types.CodeActionKind.SourceFixAll])
    (fix_all,) = await code_actions(client, guide, whole, only)
    findings = check_documents([build("guide.yaml", "guide", text)], Config()).findings
    expected, applied = rewrite(text, [f.fix for f in findings if f.fix is not None])
    assert applied == 2 and "材料名称: 居民身份证" in expected and "材料名称: 居民户口簿" in expected
    assert apply_edits(text, edit_of(fix_all)[1]) == expected
    await editor.close(guide)


async def test_a_folder_added_to_the_workspace_pairs_its_documents(client: LanguageClient, folders) -> None:
    _, item = folders
    extra = item.parent / "extra"
    (extra / "事项").mkdir(parents=True)
    (extra / "事项" / "guide.yaml").write_text(BASE_GUIDE, encoding="utf-8")
    checklist = extra / "事项" / "checklist.yaml"
    collected = BASE_CHECKLIST + "  - 材料名称: 纳税记录\n    原件份数: 1\n    复印件份数: 0\n"
    checklist.write_text(collected, encoding="utf-8")
    editor = Editor(client)
    assert await editor.open(checklist) == []  # outside every folder: document rules only
    folder = types.WorkspaceFolder(uri(extra), "extra")
    client.workspace_did_change_workspace_folders(
        types.DidChangeWorkspaceFoldersParams(types.WorkspaceFoldersChangeEvent(added=[folder], removed=[]))
    )
    await settle(client, uri(checklist))
    assert [d.code for d in editor.diagnostics(checklist)] == ["checklist-unpublished-material"]
    client.workspace_did_change_workspace_folders(
        types.DidChangeWorkspaceFoldersParams(types.WorkspaceFoldersChangeEvent(added=[], removed=[folder]))
    )
    await settle(client, uri(checklist))
    assert editor.diagnostics(checklist) == []
    await editor.close(checklist)
