"""Apply the safe fixes that findings offer (``guidelint check --fix``).

Only the fixed spans change: every other character of the file (comments, quoting, key order,
indentation, CRLF line endings, a byte-order mark) stays as it was. A file is left alone when it
did not parse, when it changed since it was read, or when the fixed text would no longer parse
as cleanly; the write is atomic (a temporary file in the same folder, then os.replace).
"""

from __future__ import annotations

import codecs
import contextlib
import difflib
import glob
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

from checker.document import Document
from checker.findings import Finding, Fix, Span
from checker.load import load_text

# A temporary file older than this was left by a run that was killed mid-write.
STALE_SECONDS = 600
# YAML's line breaks (PyYAML and libyaml count these, not str.splitlines's wider set).
_LINE_BREAK = re.compile(r"\r\n|[\r\n\x85\u2028\u2029]")


@dataclass
class Outcome:
    fixed: dict[str, int] = field(default_factory=dict)  # path → fixes applied
    refused: list[str] = field(default_factory=list)  # why a file with fixes was left alone


class Refused(Exception):
    """A file cannot be fixed safely; the message says why, in Chinese."""


def _fixes_by_path(findings: Iterable[Finding]) -> dict[str, list[Fix]]:
    fixes: dict[str, list[Fix]] = {}
    for finding in findings:
        if finding.fix is not None:
            fixes.setdefault(finding.path, []).append(finding.fix)
    return fixes


def preview(findings: Iterable[Finding], documents: Iterable[Document]) -> str:
    """The fixes as a unified diff (``--diff``), nothing written."""
    fixes = _fixes_by_path(findings)
    pieces: list[str] = []
    for doc in documents:
        if doc.path not in fixes or doc.text is None or doc.model is None:
            continue
        text, _ = rewrite(doc.text, fixes[doc.path])
        before, after = doc.text.splitlines(keepends=True), text.splitlines(keepends=True)
        pieces += difflib.unified_diff(before, after, f"a/{doc.path}", f"b/{doc.path}")
    return "".join(piece if piece.endswith("\n") else piece + "\n" for piece in pieces)


def apply_fixes(findings: Iterable[Finding], documents: Iterable[Document]) -> Outcome:
    """Write every file that has findings with fixes; report what was done and what was not."""
    fixes = _fixes_by_path(findings)
    outcome = Outcome()
    for doc in documents:
        if doc.path not in fixes:
            continue
        try:
            count = fix_file(doc, fixes[doc.path])
        except Refused as err:
            outcome.refused.append(f"{doc.path}：未自动修复，{err}")
        else:
            if count:
                outcome.fixed[doc.path] = count
    return outcome


def fix_file(doc: Document, fixes: list[Fix]) -> int:
    """Rewrite ``doc``'s file with ``fixes``; the number applied (0: nothing to change)."""
    text, applied = safe_rewrite(doc, fixes)
    if text == doc.text:
        return 0
    path = os.path.realpath(doc.path)
    data = _read(path)
    bom = data.startswith(codecs.BOM_UTF8)
    try:
        current = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        current = None
    if current != doc.text:
        raise Refused("文件在检查后被修改过，请重新运行")
    _write_atomically(path, (codecs.BOM_UTF8 if bom else b"") + text.encode("utf-8"))
    return applied


def safe_rewrite(doc: Document, fixes: Iterable[Fix]) -> tuple[str, int]:
    """``doc``'s text with ``fixes`` applied and the number applied; Refused when the document
    did not parse or the fixed text would no longer parse as cleanly."""
    unparsed = any(f.rule == "parse-error" and f.severity is None for f in doc.faults)  # not a warning
    if doc.text is None or doc.model is None or unparsed:
        raise Refused("文件无法解析")
    text, applied = rewrite(doc.text, fixes)
    if text != doc.text:
        loaded = load_text(text)
        if loaded.root is None or len(loaded.faults) > len(doc.faults):
            raise Refused("修改后文件无法正确解析")
    return text, applied


def rewrite(text: str, fixes: Iterable[Fix]) -> tuple[str, int]:
    """``text`` with each fix's span replaced; overlapping or out-of-range fixes are skipped.
    Spans use 1-based lines and character columns, end exclusive."""
    starts = line_starts(text)
    regions: list[tuple[int, int, str]] = []
    for fix in sorted(set(fixes), key=lambda f: (f.span.line, f.span.column)):
        region = _offsets(text, starts, fix.span)
        if region is None or (regions and region[0] < regions[-1][1]):
            continue
        regions.append((*region, fix.replacement))
    pieces, position = [], 0
    for start, end, replacement in regions:
        pieces += [text[position:start], replacement]
        position = end
    pieces.append(text[position:])
    return "".join(pieces), len(regions)


def line_starts(text: str) -> list[int]:
    """The string offset at which each line begins (index 0 is line 1)."""
    return [0] + [m.end() for m in _LINE_BREAK.finditer(text)]


def _offsets(text: str, starts: list[int], span: Span) -> tuple[int, int] | None:
    """The string offsets of a span that lies within one line, or None."""
    if span.line != span.end_line or not 0 < span.line <= len(starts) or span.column < 1:
        return None
    begin = starts[span.line - 1]
    match = _LINE_BREAK.search(text, begin)
    line_end = match.start() if match else len(text)
    start, end = begin + span.column - 1, begin + span.end_column - 1
    return (start, end) if start <= end <= line_end else None


def _read(path: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as err:
        raise Refused(f"无法读取文件：{err.strerror or err}") from None


def _write_atomically(path: str, data: bytes) -> None:
    folder, name = os.path.split(path)
    remove_stale_temporaries(folder or ".", name)
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
        handle, temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder or ".")
    except OSError as err:
        raise Refused(f"无法写入：{err.strerror or err}") from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except OSError as err:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise Refused(f"无法写入：{err.strerror or err}") from None


def remove_stale_temporaries(folder: str, name: str) -> None:
    """Delete the temporary files of our own naming (``.NAME.XXXXXXXX.tmp``) that a killed
    ``--fix`` left beside ``name``; a recent one may belong to a run still writing."""
    pattern = os.path.join(glob.escape(folder), f".{glob.escape(name)}.{'[!.]' * 8}.tmp")
    for temporary in glob.glob(pattern):
        with contextlib.suppress(OSError):
            if time.time() - os.stat(temporary).st_mtime > STALE_SECONDS:
                os.unlink(temporary)
