"""One document as every later stage sees it: source text, nodes, faults and the typed model."""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass, field

from checker import model, schemas
from checker.findings import Span
from checker.load import Fault, Node, decode, load_text
from checker.model import Checklist, Guide
from checker.pickling import by_fields
from checker.schemas.written import read_as_written
from checker.suppress import Suppression, parse_suppressions

DEFAULT_MAX_BYTES = 2 * 1024 * 1024


@by_fields
@dataclass(slots=True)
class Document:
    path: str
    kind: str
    text: str | None = None
    root: Node | None = None
    faults: list[Fault] = field(default_factory=list)
    schema_problems: list[tuple[Span, str]] = field(default_factory=list)
    model: Guide | Checklist | None = None
    suppressions: list[Suppression] = field(default_factory=list)
    unreadable: tuple[str, ...] = ()  # top-level keys missing or of the wrong type

    @property
    def guide(self) -> Guide | None:
        return self.model if isinstance(self.model, Guide) else None

    @property
    def checklist(self) -> Checklist | None:
        return self.model if isinstance(self.model, Checklist) else None

    def source_line(self, line: int) -> str:
        if self.text is None:
            return ""
        lines = self.text.splitlines()
        return lines[line - 1] if 0 < line <= len(lines) else ""

    def as_guide(self) -> GuideDocument | None:
        """This document as guide rules see it, when its guide was built."""
        guide = self.guide
        return GuideDocument(self, guide) if guide is not None else None

    def as_checklist(self) -> ChecklistDocument | None:
        """This document as checklist rules see it, when its checklist was built."""
        checklist = self.checklist
        return ChecklistDocument(self, checklist) if checklist is not None else None


@dataclass(frozen=True, slots=True)
class GuideDocument:
    """A document whose guide was built: the subject of guide rules and one side of a pair."""

    document: Document
    guide: Guide

    @property
    def path(self) -> str:
        return self.document.path


@dataclass(frozen=True, slots=True)
class ChecklistDocument:
    """A document whose checklist was built: the subject of checklist rules and one side of a pair."""

    document: Document
    checklist: Checklist

    @property
    def path(self) -> str:
        return self.document.path


def read_bytes(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[bytes | None, Fault | None]:
    """A file's bytes, or the fault that stops it being checked (unreadable, too large, not a
    regular file: reading a named pipe would wait forever, a device would never end)."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            return None, Fault("parse-error", Span.point(1), "不是普通文件（文件夹、管道或设备），未检查")
        if info.st_size > max_bytes:
            return None, too_large(info.st_size, max_bytes)
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as err:
        return None, Fault("parse-error", Span.point(1), f"无法读取文件：{_reason(err)}")
    if len(data) > max_bytes:  # it grew after stat
        return None, too_large(len(data), max_bytes)
    return data, None


def too_large(size: int, max_bytes: int) -> Fault:
    message = f"文件过大（{size} 字节，上限 {max_bytes} 字节），未检查；可在配置 max-file-size 中调整"
    return Fault("parse-error", Span.point(1), message)


_REASONS = {
    errno.ENOENT: "文件不存在（或是指向不存在文件的符号链接）",
    errno.EACCES: "没有读取权限",
    errno.EPERM: "没有读取权限",
    errno.ELOOP: "符号链接循环",
    errno.EISDIR: "是文件夹",
}


def _reason(err: OSError) -> str:
    return _REASONS.get(err.errno or 0) or err.strerror or str(err)


def read(path: str, kind: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read and build one document; unreadable or oversized files become faults."""
    data, fault = read_bytes(path, max_bytes)
    if data is None:
        return Document(path, kind, faults=[fault] if fault else [])
    return build(path, kind, data)


def build(path: str, kind: str, data: bytes | str) -> Document:
    """Build a document from its bytes (or already decoded text)."""
    doc = Document(path, kind)
    if isinstance(data, bytes):
        decoded, fault = decode(data)
        if fault is not None:
            doc.faults.append(fault)
            return doc
        text = decoded or ""
    else:
        text = data.removeprefix("\ufeff")
    doc.text = text
    doc.suppressions = parse_suppressions(text)
    loaded = load_text(text)
    doc.root, doc.faults = loaded.root, loaded.faults
    if doc.root is not None:
        changed = read_as_written(kind, loaded.numbers) if loaded.numbers else []
        validation = schemas.validate(kind, doc.root)
        doc.schema_problems = sorted(changed + validation.problems, key=lambda p: (p[0].line, p[0].column))
        doc.unreadable = validation.unreadable
        doc.model = model.guide(doc.root) if kind == "guide" else model.checklist(doc.root)
    return doc
