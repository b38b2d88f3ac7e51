"""Code actions: the safe fix of a finding and of a whole file (the edits ``check --fix``
makes) and an inline suppression with the reason left for the editor to type."""

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


def fix_all_action(
    findings: list[Finding],
    document: Document,
    identifier: types.OptionalVersionedTextDocumentIdentifier,
    codec: PositionCodec,
) -> types.CodeAction | None:
    """Every safe fix of the document at once, as ``check --fix`` rewrites the file: one edit
    over the region between the first and the last change."""
    fixes = [f.fix for f in findings if f.fix is not None]
    if not fixes or document.text is None:
        return None
    try:
        fixed, applied = safe_rewrite(document, fixes)
    except Refused:
        return None
    if not applied or fixed == document.text:
        return None
    old = document.text
    prefix = _common_length(old, fixed)
    suffix = _common_length(old[prefix:][::-1], fixed[prefix:][::-1])
    lines = Lines(old)
    where = types.Range(lines.at(prefix, codec), lines.at(len(old) - suffix, codec))
    return types.CodeAction(
        title=f"修复本文件全部可安全修复的问题（{applied} 处）",
        kind=types.CodeActionKind.SourceFixAll,
        edit=_edit(identifier, [types.TextEdit(where, fixed[prefix : len(fixed) - suffix])]),
    )


def _common_length(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` share from the start."""
    length = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        length += 1
    return length


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
