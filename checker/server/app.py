"""The language server: LSP requests and notifications mapped onto workspaces of checked documents.

Every change is checked at once, without a debounce: the round trip of one edit of a guide took
a median of 5 to 11 ms in a 4,000-document workspace (benchmarks/server_edit.py).
"""

from __future__ import annotations

import gc
import os
import re
import traceback
from collections.abc import Callable
from typing import Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol, lsp_method
from pygls.uris import from_fs_path, to_fs_path
from pygls.workspace.position_codec import PositionCodec

from checker import __version__
from checker.config import CONFIG_NAME, Config, ConfigError, find_config, load_config
from checker.findings import Finding, Span
from checker.rules import registry
from checker.server.actions import code_actions, fix_all_action
from checker.server.diagnostics import diagnostic, hover_text
from checker.server.positions import Lines
from checker.server.workspace import Workspace

_CONFIG_LINE = re.compile(r":(\d+):")


class GuidelintProtocol(LanguageServerProtocol):
    """LSP with one change: UTF-32 positions (character columns, as guidelint counts) are chosen
    whenever the client offers them, before its other preferences."""

    @lsp_method(types.INITIALIZE)
    def lsp_initialize(self, params: types.InitializeParams) -> Any:
        general = params.capabilities.general
        offered = list(general.position_encodings or []) if general else []
        if general is not None and types.PositionEncodingKind.Utf32 in offered:
            general.position_encodings = [types.PositionEncodingKind.Utf32]
        return (yield from super().lsp_initialize(params))


class GuidelintServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("guidelint", __version__, protocol_cls=GuidelintProtocol)
        self.workspaces: list[Workspace] = []
        self.loose = Workspace(None, Config())
        self.config_faults: dict[str, str] = {}  # config file path → its error
        self.versions: dict[str, int | None] = {}  # open uri → the version its findings are for

    # Workspaces and configuration

    def start_workspaces(self) -> None:
        folders = [to_fs_path(f.uri) for f in self.workspace.folders.values()]
        if not folders and self.workspace.root_path:
            folders = [self.workspace.root_path]
        self.workspaces = []
        for folder in sorted({os.path.abspath(f) for f in folders if f}, key=len, reverse=True):
            workspace = Workspace(folder, self.load_config(folder, Config()))
            workspace.load(self.buffers(workspace))
            self.workspaces.append(workspace)
        self.loose = Workspace(None, self.load_config(os.getcwd(), Config()))
        # The loaded documents hold no reference cycles (reference counting frees them): the
        # cycle collector leaves them out of every later collection, which would take 0.4 s
        # over 4,000 documents in the middle of an edit.
        gc.freeze()

    def load_config(self, folder: str, fallback: Config) -> Config:
        """``guidelint.yaml`` found as ``check`` finds it from ``folder``; a broken one is reported
        on the file and to the user, and ``fallback`` is used until it is mended."""
        path = find_config(folder)
        if path is None:
            return Config()
        try:
            config = load_config(path, list(registry()))
        except ConfigError as err:
            self.config_faults[os.path.abspath(path)] = str(err)
            self.window_show_message(
                types.ShowMessageParams(types.MessageType.Error, f"guidelint 配置文件有误，暂用上次可用的配置（没有时用默认配置）：{err}")
            )
            config = fallback
        else:
            self.config_faults.pop(os.path.abspath(path), None)
        self.publish_config(os.path.abspath(path))
        return config

    def publish_config(self, path: str) -> None:
        fault = self.config_faults.get(path)
        diagnostics = []
        if fault is not None:
            match = _CONFIG_LINE.search(fault.removeprefix(path))
            line = int(match[1]) if match else 1
            lines = Lines(_read_text(path))
            diagnostics.append(
                types.Diagnostic(
                    range=lines.range(Span(line, 1, line, len(lines.line(line)) + 1), self.codec),
                    message=fault,
                    severity=types.DiagnosticSeverity.Error,
                    code="config-invalid",
                    source="guidelint",
                )
            )
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(from_fs_path(path) or path, diagnostics)
        )

    def reload_config(self, path: str) -> None:
        """The config file was saved: check every workspace it governs again."""
        for workspace in [*self.workspaces, self.loose]:
            folder = workspace.root or os.getcwd()
            found = find_config(folder)
            if (found is not None and os.path.abspath(found) == path) or workspace.config.path == path:
                new = Workspace(workspace.root, self.load_config(folder, workspace.config))
                new.load(self.buffers(new))
                self._replace(workspace, new)
        gc.freeze()  # as after the start
        self.publish_all()

    def _replace(self, old: Workspace, new: Workspace) -> None:
        if old is self.loose:
            self.loose = new
        else:
            self.workspaces[self.workspaces.index(old)] = new

    def watch_files(self) -> None:
        """Ask the client to report YAML files changed on disk (a checkout, another editor), when
        it can register watchers; the answer is not awaited."""
        watched = self.client_capabilities.workspace
        dynamic = watched.did_change_watched_files if watched else None
        if not (dynamic and dynamic.dynamic_registration):
            return
        watchers = [types.FileSystemWatcher(glob_pattern=p) for p in ("**/*.yaml", "**/*.yml")]
        registration = types.Registration(
            id="guidelint-watched-files",
            method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
            register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers),
        )
        self.client_register_capability(types.RegistrationParams([registration]))

    # Documents

    def workspace_of(self, path: str) -> Workspace:
        return next((w for w in self.workspaces if w.contains(path)), self.loose)

    def buffers(self, workspace: Workspace) -> dict[str, str]:
        """The texts of the open documents that belong to ``workspace``, by file path."""
        found = {}
        for uri in self.versions:
            path = to_fs_path(uri)
            if path is None:
                continue
            inside = workspace.contains(path) if workspace.root else not any(w.contains(path) for w in self.workspaces)
            if inside:
                found[path] = self.workspace.get_text_document(uri).source
        return found

    def changed(self, uri: str, text: str | None) -> None:
        """A document was opened, edited, saved or closed (``text`` None): check and publish."""
        path = to_fs_path(uri)
        if path is None:
            return
        workspace = self.workspace_of(path)
        touched = workspace.update(path, text)
        self.log_crashes(workspace)
        if text is not None:
            self.publish(uri, workspace)
        for other in touched:
            other_uri = from_fs_path(other)
            if other_uri and other_uri != uri and other_uri in self.versions:
                self.publish(other_uri, workspace)

    def publish(self, uri: str, workspace: Workspace | None = None) -> None:
        path = to_fs_path(uri) or uri
        if os.path.basename(path) == CONFIG_NAME:
            self.publish_config(os.path.abspath(path))
            return
        workspace = workspace or self.workspace_of(path)
        self.versions[uri] = self.workspace.get_text_document(uri).version
        diagnostics = [self.diagnostic(f, workspace) for f in workspace.findings(path)]
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri, diagnostics, self.versions[uri])
        )

    def publish_all(self) -> None:
        for uri in list(self.versions):
            self.publish(uri)

    def diagnostic(self, finding: Finding, workspace: Workspace) -> types.Diagnostic:
        return diagnostic(finding, self.lines(workspace, finding.path), self.codec, self.locator(workspace))

    def lines(self, workspace: Workspace, key: str) -> Lines:
        document = workspace.document(key)
        return Lines(document.text if document else None)

    def locator(self, workspace: Workspace) -> Callable[[str], tuple[str, Lines]]:
        return lambda key: (workspace.absolute(key), self.lines(workspace, key))

    def findings_at(self, uri: str, where: types.Range) -> tuple[Workspace, list[Finding]]:
        """The findings of ``uri`` whose span meets ``where`` (an empty range: contains it)."""
        path = to_fs_path(uri) or uri
        workspace = self.workspace_of(path)
        lines = self.lines(workspace, workspace.key(path))
        start = lines.character(where.start, self.codec)
        end = lines.character(where.end, self.codec)
        found = []
        for finding in workspace.findings(path):
            span = finding.span
            if (span.line, span.column) <= end and start <= (span.end_line, span.end_column):
                found.append(finding)
        return workspace, found

    @property
    def codec(self) -> PositionCodec:
        return self.workspace.position_codec

    def log_crashes(self, workspace: Workspace) -> None:
        for crash in workspace.crashes:
            self.window_log_message(types.LogMessageParams(types.MessageType.Error, crash))
        workspace.crashes.clear()


server = GuidelintServer()


def _read_text(path: str) -> str | None:
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return handle.read()
    except OSError:
        return None


def _guarded(handler: Callable[..., Any]) -> Callable[..., Any]:
    """A failure in one message is logged and shown, and the server keeps serving."""

    def run(params: Any) -> Any:
        try:
            return handler(params)
        except Exception:
            message = f"guidelint 内部错误（请报告此问题）：\n{traceback.format_exc()}"
            server.window_log_message(types.LogMessageParams(types.MessageType.Error, message))
            server.window_show_message(
                types.ShowMessageParams(types.MessageType.Error, "guidelint 内部错误，详情见语言服务器日志")
            )
            return None

    run.__name__ = handler.__name__
    run.__doc__ = handler.__doc__
    return run


@server.feature(types.INITIALIZED)
@_guarded
def initialized(params: types.InitializedParams) -> None:
    server.start_workspaces()
    server.watch_files()


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
@_guarded
def did_open(params: types.DidOpenTextDocumentParams) -> None:
    server.versions[params.text_document.uri] = params.text_document.version
    server.changed(params.text_document.uri, params.text_document.text)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
@_guarded
def did_change(params: types.DidChangeTextDocumentParams) -> None:
    uri = params.text_document.uri
    server.changed(uri, server.workspace.get_text_document(uri).source)


@server.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=False))
@_guarded
def did_save(params: types.DidSaveTextDocumentParams) -> None:
    uri = params.text_document.uri
    path = to_fs_path(uri)
    if path and os.path.basename(path) == CONFIG_NAME:
        server.reload_config(os.path.abspath(path))
    else:
        server.changed(uri, server.workspace.get_text_document(uri).source)


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
@_guarded
def did_close(params: types.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    server.versions.pop(uri, None)
    server.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri, []))
    server.changed(uri, None)
    path = to_fs_path(uri)
    if path and os.path.basename(path) == CONFIG_NAME:
        server.publish_config(os.path.abspath(path))  # a broken config stays reported


@server.feature(types.WORKSPACE_DID_CHANGE_WORKSPACE_FOLDERS)
@_guarded
def did_change_workspace_folders(params: types.DidChangeWorkspaceFoldersParams) -> None:
    server.start_workspaces()
    server.publish_all()


@server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
@_guarded
def did_change_watched_files(params: types.DidChangeWatchedFilesParams) -> None:
    for change in params.changes:
        path = to_fs_path(change.uri)
        if path and os.path.basename(path) == CONFIG_NAME:
            server.reload_config(os.path.abspath(path))
        elif change.uri not in server.versions:
            server.changed(change.uri, None)


@server.feature(
    types.TEXT_DOCUMENT_CODE_ACTION,
    types.CodeActionOptions(
        code_action_kinds=[types.CodeActionKind.QuickFix, types.CodeActionKind.SourceFixAll]
    ),
)
@_guarded
def code_action(params: types.CodeActionParams) -> list[types.CodeAction]:
    uri = params.text_document.uri
    version = server.versions.get(uri)
    if uri not in server.versions or server.workspace.get_text_document(uri).version != version:
        return []  # the findings are of another version than the buffer's
    workspace, findings = server.findings_at(uri, params.range)
    path = to_fs_path(uri) or uri
    document = workspace.document(workspace.key(path))
    if document is None:
        return []
    identifier = types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version)
    diagnostics = [server.diagnostic(f, workspace) for f in findings]
    actions = code_actions(findings, document, identifier, server.codec, diagnostics)
    fix_all = fix_all_action(workspace.findings(path), document, identifier, server.codec)
    actions += [fix_all] if fix_all else []
    only = [_kind(k) for k in params.context.only or ()]
    return [a for a in actions if not only or any(_kind(a.kind).startswith(k) for k in only)]


def _kind(kind: types.CodeActionKind | str | None) -> str:
    return str(getattr(kind, "value", kind or ""))


@server.feature(types.TEXT_DOCUMENT_HOVER)
@_guarded
def hover(params: types.HoverParams) -> types.Hover | None:
    point = types.Range(params.position, params.position)
    workspace, findings = server.findings_at(params.text_document.uri, point)
    if not findings:
        return None
    text = "\n\n---\n\n".join(hover_text(f) for f in findings)
    first = server.diagnostic(findings[0], workspace)
    return types.Hover(types.MarkupContent(types.MarkupKind.Markdown, text), first.range)


def serve() -> None:
    """Speak LSP on stdin and stdout until the client says exit."""
    server.start_io()
