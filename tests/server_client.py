"""Helpers for driving ``guidelint server`` over stdio with pytest-lsp."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from lsprotocol import types
from pygls.uris import from_fs_path, to_fs_path
from pytest_lsp import ClientServerConfig, LanguageClient


def server_config(cache_dir: str) -> ClientServerConfig:
    """The real server, as an editor starts it."""
    env = {**os.environ, "GUIDELINT_CACHE_DIR": cache_dir}
    return ClientServerConfig(server_command=[sys.executable, "-m", "checker", "server"], server_env=env)


def uri(path: Path | str) -> str:
    return from_fs_path(str(path)) or str(path)


def path_of(address: str) -> str:
    path = to_fs_path(address)
    assert path is not None, address
    return path


async def settle(client: LanguageClient, any_uri: str) -> None:
    """Wait until the server has handled every earlier notification: it answers in order."""
    await client.text_document_hover_async(
        types.HoverParams(types.TextDocumentIdentifier(any_uri), types.Position(0, 0))
    )


class Editor:
    """Open, edit and close documents the way an editor does, keeping their versions."""

    def __init__(self, client: LanguageClient) -> None:
        self.client = client
        self.versions: dict[str, int] = {}
        self.texts: dict[str, str] = {}

    async def open(self, path: Path, text: str | None = None) -> list[types.Diagnostic]:
        address = uri(path)
        self.texts[address] = path.read_text(encoding="utf-8") if text is None else text
        self.versions[address] = 1
        self.client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                types.TextDocumentItem(address, "yaml", 1, self.texts[address])
            )
        )
        await settle(self.client, address)
        return list(self.client.diagnostics.get(address, []))

    async def change(self, path: Path, text: str) -> list[types.Diagnostic]:
        address = uri(path)
        self.versions[address] += 1
        self.texts[address] = text
        self.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                types.VersionedTextDocumentIdentifier(uri=address, version=self.versions[address]),
                [types.TextDocumentContentChangeWholeDocument(text)],
            )
        )
        await settle(self.client, address)
        return list(self.client.diagnostics.get(address, []))

    async def save(self, path: Path) -> None:
        address = uri(path)
        path.write_text(self.texts[address], encoding="utf-8")
        self.client.text_document_did_save(
            types.DidSaveTextDocumentParams(types.TextDocumentIdentifier(address))
        )
        await settle(self.client, address)

    async def close(self, path: Path) -> None:
        address = uri(path)
        self.client.text_document_did_close(
            types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(address))
        )
        self.versions.pop(address, None)
        await settle(self.client, address)

    def diagnostics(self, path: Path) -> list[types.Diagnostic]:
        return list(self.client.diagnostics.get(uri(path), []))


def apply_edits(text: str, edits: list[types.TextEdit]) -> str:
    """``text`` with LSP edits applied (positions in UTF-16 code units, as the client agreed)."""
    lines = text.splitlines(keepends=True)

    def offset(position: types.Position) -> int:
        before = sum(len(line) for line in lines[: position.line])
        line = lines[position.line] if position.line < len(lines) else ""
        units = 0
        for index, char in enumerate(line):
            if units >= position.character:
                return before + index
            units += 2 if ord(char) > 0xFFFF else 1
        return before + len(line)

    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        start, end = offset(edit.range.start), offset(edit.range.end)
        text = text[:start] + edit.new_text + text[end:]
    return text


async def code_actions(
    client: LanguageClient, path: Path, where: types.Range, context: types.CodeActionContext
) -> list[types.CodeAction]:
    """The code actions the server offers at ``where``."""
    found = await client.text_document_code_action_async(
        types.CodeActionParams(types.TextDocumentIdentifier(uri(path)), where, context)
    )
    return [a for a in found or [] if isinstance(a, types.CodeAction)]


def edit_of(action: types.CodeAction) -> tuple[int | None, list[types.TextEdit]]:
    """The document version an action's edit is for, and its text edits."""
    assert action.edit is not None and action.edit.document_changes
    (change,) = action.edit.document_changes
    assert isinstance(change, types.TextDocumentEdit)
    return change.text_document.version, [e for e in change.edits if isinstance(e, types.TextEdit)]


async def hover_text(client: LanguageClient, path: Path, position: types.Position) -> str | None:
    """The markdown a hover at ``position`` shows, or None."""
    found = await client.text_document_hover_async(
        types.HoverParams(types.TextDocumentIdentifier(uri(path)), position)
    )
    if found is None:
        return None
    assert isinstance(found.contents, types.MarkupContent)
    return found.contents.value
