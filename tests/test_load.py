"""Loading: positions, encodings and faults that become findings instead of tracebacks."""

from __future__ import annotations

import codecs

import pytest
import yaml

from checker import load
from checker.document import build
from checker.examples import BASE_GUIDE
from checker.findings import Span
from checker.load import Fault, decode, load_text
from tests.conftest import lint


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


def _fault_of(text: str) -> Fault:
    [fault] = load_text(text).faults
    return fault


@pytest.mark.parametrize(
    ("line", "column", "words"),
    [
        ('    受理标准: "原件"在有效期内', 11, "值以引号开头，引号后还有文字"),
        ("    受理标准: '原件'在有效期内", 11, "值以引号开头"),
        ("    适用情形: [限]本市户籍", 11, "值以“[”开头：YAML 把它当作列表的开始"),
        ("    适用情形: {限}本市户籍", 11, "当作映射的开始"),
        ("    原件份数：1", 9, "「原件份数：」用了全角冒号"),
        ("    原件份数:1", 9, "「原件份数:」冒号后缺少空格"),
        ("\t原件份数: 1", 1, "用 Tab 缩进"),
        ("  \t原件份数: 1", 3, "用 Tab 缩进"),
        ("    受理标准: *号标注的为必填", 11, "当作别名"),
        ("    受理标准: &号", 11, "当作锚点"),
        ("    受理标准: %以上", 11, "当作指令"),
        ("    受理标准: @某某", 11, "保留 @"),
        ("    受理标准: `原件`", 11, "保留反引号"),
    ],
)
def test_a_syntax_error_is_explained_at_the_line_of_its_cause(line, column, words):
    text = f"申请材料:\n  - 材料名称: 居民身份证\n{line}\n  - 材料名称: 户口簿\n    原件份数: 1\n"
    fault = _fault_of(text)
    assert (fault.rule, fault.span.line, fault.span.column) == ("parse-error", 3, column)
    assert words in fault.message and "did not find" not in fault.message


def test_the_fix_for_a_quoted_start_quotes_the_whole_value():
    fault = _fault_of('受理标准: "原件"在有效期内\n')
    assert "写成 '\"原件\"在有效期内'" in fault.message


def test_a_top_level_key_without_a_space_after_its_colon_is_found_on_its_line():
    fault = _fault_of("事项名称: 临时救助\n实施主体:平谷区民政局\n行政区划: 北京市平谷区\n")
    assert fault.span.line == 2 and "「实施主体:」冒号后缺少空格" in fault.message


def test_a_comment_that_cuts_a_value_is_a_warning_at_the_hash():
    text = "申请材料:\n  - 材料名称: 居民身份证\n    受理标准: 在有效期内 #含临时身份证\n"
    loaded = load_text(text)
    [fault] = loaded.faults
    assert (fault.rule, fault.severity) == ("parse-error", "warning")
    assert fault.span == Span(3, 17, 3, 24)
    assert "「在有效期内」后的“#含临时身份证”被 YAML 当作注释" in fault.message
    assert loaded.root is not None  # the document is still read and checked


@pytest.mark.parametrize(
    "text",
    [
        "a: 在有效期内  # 含临时身份证\n",  # a comment as people write them
        "a: x  # guidelint: disable=x -- y\n",
        "a: x #guidelint:disable=x -- y\n",
        'a: "在有效期内 #含"\n',
        "a: |\n  在有效期内 #含\n",
        "a: 3号楼#2\n",
        "a: 1\n# 整行注释 #含\n",
    ],
)
def test_comments_that_cut_nothing_are_not_reported(text):
    assert load_text(text).faults == []


@pytest.mark.parametrize(
    ("encoding", "words"),
    [
        ("utf-32", "文件是 UTF-32 编码"),
        ("utf-32-le", "似乎是 UTF-32 编码（无 BOM）"),
        ("utf-32-be", "似乎是 UTF-32 编码（无 BOM）"),
        ("utf-16", "文件是 UTF-16 编码"),
        ("utf-16-le", "似乎是 UTF-16 编码（无 BOM）"),
    ],
)
def test_utf32_is_named_utf32_and_utf16_stays_utf16(encoding, words):
    text, fault = decode(BASE_GUIDE.encode(encoding))
    assert text is None and words in fault.message


def test_a_file_with_cr_line_ends_is_read_line_by_line():
    text = "# 石景山区\r" + BASE_GUIDE.replace("\n", "\r")
    doc = build("guide.yaml", "guide", text.encode())
    assert doc.faults == [] and doc.schema_problems == []
    assert doc.guide.consult[0].span.line == BASE_GUIDE.splitlines().index("  - 010-68861234") + 2


MERGED = """\
收件材料:
  - &id_card
    材料名称: 居民身份证
    原件份数: 1
    复印件份数: 1
  - <<: *id_card
    材料名称: 居民户口簿
  - <<: [*id_card]
    复印件份数: 0
    材料名称: 结婚证
"""


def test_merge_keys_bring_the_anchored_keys_where_they_are_written():
    loaded = load_text(MERGED)
    assert loaded.faults == []
    _, second, third = loaded.root.value["收件材料"].value
    assert second.plain() == {"材料名称": "居民户口簿", "原件份数": 1, "复印件份数": 1}
    assert third.plain() == {"复印件份数": 0, "材料名称": "结婚证", "原件份数": 1}
    assert second.value["原件份数"].span.line == 4  # the anchor's line, where the text is
    assert second.value["材料名称"].span.line == 7


def test_a_checklist_with_merge_keys_has_no_schema_finding():
    text = "实施编码: A1\n事项名称: 结婚登记\n窗口: 1号窗口\n" + MERGED
    assert {f.rule for f in lint({"checklist.yaml": text})} == {"missing-counterpart"}


def test_a_merge_of_something_other_than_a_mapping_is_said_plainly():
    [fault] = load_text("a:\n  <<: 本市户籍\n  b: 1\n").faults
    assert fault.span.line == 2 and "合并键“<<”的值应为映射" in fault.message
