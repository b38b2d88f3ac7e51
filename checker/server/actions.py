"""Code actions: the safe fix of a finding (the edit ``check --fix`` makes) and an inline
suppression with the reason left for the editor to type."""

from __future__ import annotations

from lsprotocol import types
from pygls.workspace.position_codec import PositionCodec

from checker.document import Document
from checker.findings import Finding, Span
from checker.fix import Refused, safe_rewrite
from checker.server.positions import Lines

# Rules whose findings an inline comment cannot hide (the document never reached the rules).
_UNSUPPRESSIBLE = {"parse-error"}


def code_actions(
    findings: list[Finding],
    document: Document,
    identifier: types.OptionalVersionedTextDocumentIdentifier,
    codec: PositionCodec,
    diagnostics: list[types.Diagnostic],
) -> list[types.CodeAction]:
    """The actions for ``findings`` (those at the requested range), each with its diagnostic."""
    lines = Lines(document.text)
    actions = []
    for finding, diag in zip(findings, diagnostics, strict=True):
        fix = _fix_action(finding, document, identifier, lines, codec, diag)
        if fix is not None:
            actions.append(fix)
        if finding.rule not in _UNSUPPRESSIBLE and document.text is not None:
            actions.append(_suppress_action(finding, document.text, identifier, lines, codec, diag))
    return actions


def _fix_action(
    finding: Finding,
    document: Document,
    identifier: types.OptionalVersionedTextDocumentIdentifier,
    lines: Lines,
    codec: PositionCodec,
    diag: types.Diagnostic,
) -> types.CodeAction | None:
    if finding.fix is None:
        return None
    try:
        _, applied = safe_rewrite(document, [finding.fix])
    except Refused:
        return None
    if not applied:
        return None
    edit = types.TextEdit(lines.range(finding.fix.span, codec), finding.fix.replacement)
    return types.CodeAction(
        title=f"改为「{finding.fix.replacement}」（{finding.rule}）",
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[diag],
        is_preferred=True,
        edit=_edit(identifier, [edit]),
    )


def _suppress_action(
    finding: Finding,
    text: str,
    identifier: types.OptionalVersionedTextDocumentIdentifier,
    lines: Lines,
    codec: PositionCodec,
    diag: types.Diagnostic,
) -> types.CodeAction:
    line = lines.line(finding.line)
    indent = line[: len(line) - len(line.lstrip(" \t"))]
    newline = "\r\n" if "\r\n" in text else "\n"
    start = lines.range(Span.point(finding.line), codec).start
    comment = f"{indent}# guidelint: disable={finding.rule} -- {newline}"
    return types.CodeAction(
        title=f"用注释屏蔽 {finding.rule}（请写明理由）",
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[diag],
        edit=_edit(identifier, [types.TextEdit(types.Range(start, start), comment)]),
    )


def _edit(
    identifier: types.OptionalVersionedTextDocumentIdentifier, edits: list[types.TextEdit]
) -> types.WorkspaceEdit:
    """An edit that the client applies only to the version it was computed for."""
    return types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(identifier, edits)])
