"""Positions between guidelint's spans and LSP's: lines as each side counts them, columns in
the agreed code units."""

from __future__ import annotations

from lsprotocol import types
from pygls.workspace.position_codec import PositionCodec

from checker.findings import Span
from checker.server.positions import Lines

UTF16 = PositionCodec(types.PositionEncodingKind.Utf16)
UTF32 = PositionCodec(types.PositionEncodingKind.Utf32)
UTF8 = PositionCodec(types.PositionEncodingKind.Utf8)


def test_columns_count_code_units_of_the_agreed_encoding() -> None:
    lines = Lines("a: 1\n名称: 𠀀身份证\n")
    span = Span(2, 6, 2, 9)  # 身份证: characters 6 to 8
    assert lines.range(span, UTF32) == types.Range(types.Position(1, 5), types.Position(1, 8))
    assert lines.range(span, UTF16) == types.Range(types.Position(1, 6), types.Position(1, 9))
    assert lines.range(span, UTF8).start == types.Position(1, 3 + 3 + 1 + 1 + 4)  # 名 称 : space 𠀀
    for codec in (UTF8, UTF16, UTF32):
        assert lines.character(lines.position(2, 6, codec), codec) == (2, 6)


def test_yaml_line_breaks_the_editor_does_not_count_are_mapped() -> None:
    text = "# 备注\u2028续\n事项名称: 必要时\r\n实施编码: x\n"
    lines = Lines(text)
    assert lines.line(3) == "事项名称: 必要时"  # YAML: the comment is two lines
    assert lines.position(3, 7, UTF16) == types.Position(1, 6)  # the editor: one line
    assert lines.position(2, 1, UTF16) == types.Position(0, 5)
    assert lines.character(types.Position(1, 6), UTF16) == (3, 7)
    assert lines.character(types.Position(2, 0), UTF16) == (4, 1)


def test_positions_past_the_end_are_clamped() -> None:
    lines = Lines("a: 1\n")
    assert lines.position(1, 99, UTF16) == types.Position(0, 4)
    assert lines.character(types.Position(0, 99), UTF16) == (1, 5)
    assert lines.character(types.Position(9, 0), UTF16) == (2, 1)
    assert Lines(None).position(3, 2, UTF16) == types.Position(2, 1)
