"""Loading: positions, encodings and faults that become findings instead of tracebacks."""

from __future__ import annotations

import codecs

import pytest
import yaml

from checker import load
from checker.document import build
from checker.load import decode, load_text


def test_keys_and_values_keep_character_columns():
    loaded = load_text("申请材料:\n  - 材料名称: 居民身份证\n    原件份数: 1\n")
    item = loaded.root.get("申请材料").value[0]
    name = item.get("材料名称")
    assert (name.key_span.line, name.key_span.column) == (2, 5)
    assert (name.span.line, name.span.column, name.span.end_column) == (2, 11, 16)
    assert item.get("原件份数").value == 1


def test_bom_and_crlf_are_accepted():
    data = codecs.BOM_UTF8 + "事项名称: 低保\r\n实施编码: '1101'\r\n".encode()
    text, fault = decode(data)
    assert fault is None
    loaded = load_text(text)
    assert loaded.root.get("实施编码").value == "1101"
    assert loaded.root.get("实施编码").span.line == 2


def test_invalid_utf8_is_a_fault_with_its_line():
    data = "事项名称: 低保\n受理条件: ".encode() + "本市户籍".encode("gbk") + b"\n"
    text, fault = decode(data)
    assert text is None
    assert fault.rule == "parse-error" and fault.span.line == 2
    assert "GBK" in fault.message


def test_syntax_error_gives_the_location():
    loaded = load_text("事项名称: 低保\n申请材料:\n  - 材料名称: 居民身份证\n   原件份数: 1\n")
    assert loaded.root is None
    [fault] = loaded.faults
    assert fault.rule == "parse-error" and fault.span.line == 4


def test_duplicate_key_is_reported_and_points_at_the_first():
    loaded = load_text("受理条件:\n  - 甲\n受理条件:\n  - 乙\n")
    [fault] = loaded.faults
    assert fault.rule == "duplicate-key" and fault.span.line == 3
    assert fault.related[0].line == 1


def test_top_level_list_and_empty_file_are_faults():
    assert "顶层是列表" in load_text("- 甲\n- 乙\n").faults[0].message
    assert "文件为空" in load_text("").faults[0].message
    assert "顶层是单个值" in load_text("就一句话\n").faults[0].message


def test_python_tags_are_not_constructed():
    loaded = load_text("事项名称: !!python/object/apply:os.system ['echo hi']\n")
    assert loaded.root is None or all("os.system" not in str(v) for v in loaded.root.plain().values())
    assert any(f.rule == "parse-error" for f in loaded.faults)


def test_alias_expansion_is_capped():
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    loaded = load_text("\n".join(lines) + "\n")
    assert loaded.root is None
    assert "别名" in loaded.faults[-1].message


def test_model_is_built_only_for_mappings():
    doc = build("x/guide.yaml", "guide", "- 甲\n")
    assert doc.model is None and doc.faults
    doc = build("x/guide.yaml", "guide", "事项名称: 低保\n")
    assert doc.guide is not None and doc.guide.name.value == "低保"


def test_a_fault_at_the_end_of_a_text_without_a_final_line_break_stays_on_the_last_line():
    # libyaml reports the end of such a text on a line after the last one
    [fault] = load_text("事项名称: 低保\n更新日期").faults
    assert (fault.span.line, fault.span.column) == (2, 5)
    root = load_text("申请材料:\n  - 材料名称: 居民身份证").root
    assert (root.span.end_line, root.span.end_column) == (2, 16)


def test_a_control_character_is_located_in_characters_not_bytes():
    [fault] = load_text("事项名称: 最低生活保障\n受理条件: 户籍\x0b本市\n").faults
    assert (fault.span.line, fault.span.column) == (2, 9)
    [fault] = load_text("a: b\rc: 甲\x07").faults  # a lone CR breaks the line, as YAML counts
    assert (fault.span.line, fault.span.column) == (2, 5)


def test_undecodable_bytes_are_located_after_a_bom_and_lone_cr():
    _, fault = decode(codecs.BOM_UTF8 + "a: 甲\r\nb: ".encode() + b"\xff\n")
    assert (fault.span.line, fault.span.column) == (2, 4)
    _, fault = decode(b"\ra: \xff")
    assert (fault.span.line, fault.span.column) == (2, 4)


def test_only_latin_text_misread_as_gbk_is_not_called_gbk():
    _, fault = decode("Straße München Grüße\n".encode("latin-1"))
    assert "UTF-8" in fault.message and "GBK" not in fault.message


def test_blank_and_comment_lines_with_tabs_are_an_empty_file():
    [fault] = load_text("# 说明\n\t\n  \t# 缩进的注释\r\n").faults
    assert "文件为空" in fault.message


def test_utf16_without_a_byte_order_mark_is_named_binary_is_not():
    for encoding in ("utf-16-le", "utf-16-be"):
        _, fault = decode("事项名称: 最低生活保障\n受理条件:\n  - 本市户籍\n".encode(encoding))
        assert "UTF-16" in fault.message and "UTF-8" in fault.message
    _, fault = decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    assert "二进制" in fault.message


@pytest.mark.parametrize(
    "value",
    [
        "",
        "~",
        "null",
        "Null",
        "true",
        "no",
        "On",
        "12",
        "-3",
        "0x1F",
        "0o17",
        "1_000",
        "3.5",
        ".inf",
        "-.NaN",
        "1e3",
        "2026-11-27",
        "2026-11-27 10:00:00",
        "<<",
        "=",
        "居民身份证",
        "5个工作日",
        "12345678901234567890X",
        "yes please",
        " 1",
        "一",
    ],
)
def test_the_fast_resolver_tags_scalars_as_pyyaml_does(value):
    ours = load._Loader("")
    theirs = yaml.SafeLoader("")
    for implicit in [(True, False), (False, True), (False, False)]:
        assert ours.resolve(yaml.ScalarNode, value, implicit) == theirs.resolve(
            yaml.ScalarNode, value, implicit
        )
    for kind in (yaml.SequenceNode, yaml.MappingNode):
        assert ours.resolve(kind, None, (True, True)) == theirs.resolve(kind, None, (True, True))
