"""Positions between guidelint's spans (1-based lines, character columns) and LSP's (0-based
lines, columns in the code units the client and server agreed on: UTF-16 unless negotiated)."""

from __future__ import annotations

from lsprotocol import types
from pygls.workspace.position_codec import PositionCodec

from checker.findings import Span
from checker.fix import line_starts


class Lines:
    """The lines of a text as the loader counts them (YAML's line breaks)."""

    def __init__(self, text: str | None) -> None:
        self._text = text or ""
        self._starts = line_starts(self._text)

    def line(self, number: int) -> str:
        """Line ``number`` (1-based) without its break; empty past the end."""
        if not 0 < number <= len(self._starts):
            return ""
        start = self._starts[number - 1]
        end = self._starts[number] if number < len(self._starts) else len(self._text)
        return self._text[start:end].rstrip("\r\n\x85\u2028\u2029")

    def position(self, line: int, column: int, codec: PositionCodec) -> types.Position:
        """The LSP position of a 1-based line and character column (clamped to the line)."""
        text = self.line(line)
        characters = min(max(column - 1, 0), len(text))
        return types.Position(max(line - 1, 0), codec.client_num_units(text[:characters]))

    def range(self, span: Span, codec: PositionCodec) -> types.Range:
        return types.Range(
            self.position(span.line, span.column, codec), self.position(span.end_line, span.end_column, codec)
        )

    def character(self, position: types.Position, codec: PositionCodec) -> tuple[int, int]:
        """The 1-based line and character column of an LSP position."""
        text = self.line(position.line + 1)
        units = 0
        for index, char in enumerate(text):
            if units >= position.character:
                return position.line + 1, index + 1
            units += codec.client_num_units(char)
        return position.line + 1, len(text) + 1
