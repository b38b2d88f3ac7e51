"""Positions between guidelint's spans and LSP's.

guidelint counts lines as YAML does (also at U+0085, U+2028 and U+2029) from 1, and columns in
characters from 1; LSP counts lines at \\n, \\r\\n and \\r only, from 0, and columns in the code
units the client and server agreed on (UTF-16 unless negotiated). Both go through the offset
in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from lsprotocol import types
from pygls.workspace.position_codec import PositionCodec

from checker.findings import Span
from checker.fix import line_starts

_EDITOR_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _ends(starts: list[int], text: str) -> list[int]:
    """Where each line ends, before its break (a break is one character, or \\r\\n)."""
    return [s - (2 if text[s - 2 : s] == "\r\n" else 1) for s in starts[1:]] + [len(text)]


class Lines:
    """A text's lines, as the loader counts them and as the editor counts them."""

    def __init__(self, text: str | None) -> None:
        self._text = text or ""
        self._starts = line_starts(self._text)
        self._ends = _ends(self._starts, self._text)
        self._editor_starts = [0] + [m.end() for m in _EDITOR_LINE_BREAK.finditer(self._text)]
        self._editor_ends = _ends(self._editor_starts, self._text)

    def line(self, number: int) -> str:
        """Line ``number`` (1-based, YAML's count) without its break; empty past the end."""
        if not 0 < number <= len(self._starts):
            return ""
        return self._text[self._starts[number - 1] : self._ends[number - 1]]

    def position(self, line: int, column: int, codec: PositionCodec) -> types.Position:
        """The LSP position of a 1-based line and character column (clamped to the line)."""
        if not 0 < line <= len(self._starts):
            return types.Position(max(line - 1, 0), max(column - 1, 0))
        start = self._starts[line - 1]
        return self.at(min(start + max(column - 1, 0), self._ends[line - 1]), codec)

    def at(self, offset: int, codec: PositionCodec) -> types.Position:
        """The LSP position of an offset in the text."""
        editor_line = bisect_right(self._editor_starts, offset) - 1
        before = self._text[self._editor_starts[editor_line] : offset]
        return types.Position(editor_line, codec.client_num_units(before))

    def range(self, span: Span, codec: PositionCodec) -> types.Range:
        return types.Range(
            self.position(span.line, span.column, codec), self.position(span.end_line, span.end_column, codec)
        )

    def character(self, position: types.Position, codec: PositionCodec) -> tuple[int, int]:
        """The 1-based line and character column (YAML's count) of an LSP position."""
        if position.line >= len(self._editor_starts):
            return len(self._starts), len(self.line(len(self._starts))) + 1
        offset = self._editor_starts[position.line]
        end = self._editor_ends[position.line]
        units = 0
        while offset < end and units < position.character:
            units += codec.client_num_units(self._text[offset])
            offset += 1
        line = bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1
