"""``guidelint server`` under a client that offers UTF-32 positions: hostile documents, files
outside the workspace, and a clean shutdown. One server for the module; the last test stops it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import LanguageClient

from checker.examples import BASE_CHECKLIST, BASE_GUIDE
from tests.server_client import Editor, server_config, uri

pytestmark = pytest.mark.asyncio(loop_scope="module")
INITIALIZED: list[types.InitializeResult] = []  # what the server answered to initialize


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("robust")
    (base / "ws" / "事项").mkdir(parents=True)
    (base / "ws" / "事项" / "guide.yaml").write_text(BASE_GUIDE, encoding="utf-8")
    (base / "ws" / "事项" / "checklist.yaml").write_text(BASE_CHECKLIST, encoding="utf-8")
    (base / "ws" / "损坏" / "").mkdir()
    (base / "ws" / "损坏" / "checklist.yaml").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe")
    (base / "outside").mkdir()
    chinese = base / "ws" / "中文文件名"  # documents named as 办事指南.yaml / 收件清单.yaml
    chinese.mkdir()
    code = "11110107MB0000001X4000117001"
    (chinese / "西城区办事指南.yaml").write_text(BASE_GUIDE.replace(code, "CN001"), encoding="utf-8")
    window = BASE_CHECKLIST.replace(code, "CN001") + "  - 材料名称: 纳税记录\n    原件份数: 1\n    复印件份数: 0\n"
    (chinese / "收件清单.yml").write_text(window, encoding="utf-8")
    return base


@pytest_lsp.fixture(scope="module", config=server_config(os.devnull))
async def client(lsp_client: LanguageClient, folder: Path):
    capabilities = types.ClientCapabilities(
        general=types.GeneralClientCapabilities(
            position_encodings=[types.PositionEncodingKind.Utf16, types.PositionEncodingKind.Utf32]
        )
    )
    result = await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=capabilities, workspace_folders=[types.WorkspaceFolder(uri(folder / "ws"), "ws")]
        )
    )
    INITIALIZED.append(result)
    yield


async def test_utf32_is_chosen_when_offered(client: LanguageClient, folder: Path) -> None:
    assert INITIALIZED[-1].capabilities.position_encoding == types.PositionEncodingKind.Utf32
    guide = folder / "ws" / "事项" / "guide.yaml"
    text = BASE_GUIDE.replace("  - 申请人在本市", "  - 𠀀𠀀申请人必要时到场，在本市", 1)
    vague = next(d for d in await Editor(client).open(guide, text) if d.code == "vague-wording")
    line = text.splitlines()[vague.range.start.line]
    assert vague.range.start.character == line.index("必要时")  # characters, not UTF-16 units
    assert vague.range.end.character == line.index("必要时") + 3


@pytest.mark.parametrize(
    "hostile",
    [
        "\x00\x01\x02 binary \ufffd\ufffd\n",
        "收件材料: " + "[" * 5000 + "]" * 5000 + "\n",
        "事项名称: " + "很长的名称" * 600_000 + "\n",
        "实施编码: [未闭合\n事项名称: x\n",
    ],
    ids=["binary", "deep-nesting", "huge-line", "unclosed"],
)
async def test_a_hostile_document_gets_a_parse_error_and_the_server_keeps_serving(
    client: LanguageClient, folder: Path, hostile: str
) -> None:
    editor = Editor(client)
    path = folder / "ws" / "事项" / "hostile.checklist.yaml"
    diagnostics = await editor.open(path, hostile)
    assert [d.code for d in diagnostics] == ["parse-error"]
    assert diagnostics[0].range.start.line < len(hostile.splitlines())  # a place in the document
    await editor.close(path)
    probe = folder / "outside" / "probe.guide.yaml"
    vague = BASE_GUIDE.replace("受理标准: 在有效期内", "受理标准: 必要时提供原件")
    assert [d.code for d in await editor.open(probe, vague)] == ["vague-wording"]
    await editor.close(probe)


async def test_an_unreadable_file_on_disk_is_a_parse_error_of_its_own(client: LanguageClient, folder: Path) -> None:
    editor = Editor(client)
    path = folder / "ws" / "损坏" / "checklist.yaml"
    text = path.read_bytes().decode("latin-1")
    assert [d.code for d in await editor.open(path, text)] == ["parse-error"]
    await editor.close(path)


async def test_documents_named_in_chinese_are_paired_from_disk(client: LanguageClient, folder: Path) -> None:
    editor = Editor(client)
    path = folder / "ws" / "中文文件名" / "收件清单.yml"
    diagnostics = await editor.open(path)
    [unpublished] = [d for d in diagnostics if d.code == "checklist-unpublished-material"]
    assert "纳税记录" in unpublished.message and unpublished.range.start.line == 12
    [related] = unpublished.related_information or []
    assert related.location.uri.endswith(uri(folder / "ws" / "中文文件名" / "西城区办事指南.yaml").rsplit("/", 1)[1])
    await editor.close(path)


async def test_a_file_outside_the_workspace_gets_its_document_rules(client: LanguageClient, folder: Path) -> None:
    editor = Editor(client)
    path = folder / "outside" / "guide.yaml"
    text = BASE_GUIDE.replace("材料名称: 居民身份证", "材料名称: 身份证")
    codes = [d.code for d in await editor.open(path, text)]
    assert codes == ["nonstandard-name"]  # no pair or corpus rule: it has no folder to pair in
    await editor.close(path)
    assert editor.diagnostics(path) == []


async def test_shutdown_and_exit_end_the_server(client: LanguageClient) -> None:
    server = client._server
    await client.shutdown_session()
    assert server is not None and server.returncode == 0
