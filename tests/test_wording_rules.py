"""The wording rules on sentences written like real Beijing guides: look-alikes that must stay
quiet, real problems that must fire at the right words, precedence, ``--fix`` and bad packs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

from checker import datafiles
from checker.config import Config
from checker.datafiles import DataFileError
from checker.document import build
from checker.engine import run
from checker.examples import BASE_GUIDE, materialize
from checker.findings import Fix, Span
from checker.fix import Refused, apply_fixes, fix_file, rewrite
from checker.text.vocabulary import load_vocabulary
from tests.conftest import lint

WORDING = ("umbrella-term", "catch-all-clause", "vague-wording", "nonstandard-name")
_MATERIAL_KEYS = {"标准": "受理标准", "须知": "填报须知", "情形": "适用情形"}


def _files(field: str, text: str) -> dict[str, str]:
    """A guide (or checklist) whose one field holds ``text``; the rest is the clean base.
    Field 材料 takes "名称 || 受理标准"."""
    if field == "条件":
        return materialize({"guide.yaml": f"受理条件:\n  - {_quote(text)}\n"}, False)
    if field == "依据":
        return materialize({"guide.yaml": f"设定依据:\n  - {_quote(text)}\n"}, False)
    if field == "清单":
        fragment = f"收件材料:\n  - 材料名称: {_quote(text)}\n    原件份数: 1\n    复印件份数: 0\n"
        return materialize({"checklist.yaml": fragment}, False)
    name, extra = "劳动合同", ""
    if field == "名称":
        name = text
    elif field == "材料":
        name, standard = text.split(" || ")
        extra = f"    受理标准: {_quote(standard)}\n"
    else:
        extra = f"    {_MATERIAL_KEYS[field]}: {_quote(text)}\n"
    fragment = (
        f"申请材料:\n  - 材料名称: {_quote(name)}\n    原件份数: 1\n    复印件份数: 1\n"
        f"    载体: 纸质\n    来源渠道: 申请人自备\n    必要性: 必要\n{extra}"
    )
    return materialize({"guide.yaml": fragment}, False)


def _quote(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a YAML double-quoted scalar


def wording_findings(field: str, text: str) -> list[tuple[str, str]]:
    """(rule, the highlighted words) for each wording finding."""
    files = _files(field, text)
    result = []
    for f in lint(files):
        if f.rule in WORDING:
            line = files[f.path].splitlines()[f.line - 1]
            result.append((f.rule, line[f.column - 1 : f.end_column - 1]))
    return result


# Look-alikes from real guides: the vocabulary's words inside other words, umbrella terms that
# list their documents, quoted law, 等 that is not a list's end.
MUST_NOT_FIRE = [
    ("条件", "申请人为增值税一般纳税人"),
    ("条件", "经营范围仅涉及一般项目的，无需办理前置许可"),
    ("条件", "申请人残疾等级为一级或二级"),
    ("条件", "具有同等学力的，按本科学历认定"),
    ("条件", "劳动合同由用人单位与劳动者平等协商一致订立"),
    ("条件", "已在本市参加城镇职工基本养老保险并连续缴费满12个月"),
    ("条件", "申请人年满18周岁，具有完全民事行为能力"),
    ("条件", "伤残等级经劳动能力鉴定委员会鉴定为一至四级"),
    ("条件", "企业为一般纳税人且纳税信用等级为A级"),
    ("条件", "获得省部级二等奖及以上奖励"),
    ("条件", "持有效身份证件（居民身份证或护照）到窗口办理"),
    ("条件", "申请人须具有高等学校本科及以上学历"),
    ("条件", "申请人为小规模纳税人或一般纳税人"),
    ("名称", "高等学校毕业证书"),
    ("名称", "法定代表人身份证明书"),
    ("名称", "身份证明（居民身份证或护照）"),
    ("名称", "有效身份证件（居民身份证、护照）"),
    ("名称", "居民身份证"),
    ("名称", "居民户口簿（户主页及本人页）"),
    ("名称", "港澳居民来往内地通行证"),
    ("名称", "营业执照副本复印件"),
    ("名称", "结婚证或离婚证（任选其一）"),
    ("名称", "中华人民共和国残疾人证"),
    ("名称", "外国人永久居留身份证"),
    ("名称", "经营场所使用证明"),  # not 住所使用证明: a place of business is not a domicile
    ("材料", "身份证明 || 可提交居民身份证、护照或港澳居民来往内地通行证"),
    ("材料", "婚姻状况证明 || 已婚的提交结婚证；离婚的提交离婚证或人民法院离婚民事判决书"),
    ("标准", "身份证号码须与申请表填写一致"),
    ("标准", "照片为近6个月内2寸白底免冠彩色照片"),
    ("标准", "营业执照、组织机构代码证、税务登记证等三证已合一的，只需提交营业执照"),
    ("标准", "与原件核对一致后退还原件"),
    ("标准", "毕业证书、学位证书、专业技术资格证书等三项中提交一项"),
    ("标准", "复印件须注明“与原件一致”并由申请人签字"),
    ("标准", "不动产权证书、房屋租赁合同二者提交其一"),
    ("须知", "现场办理请在等候区取号，等候时间以叫号为准"),
    ("须知", "提交后，请等工作人员电话通知"),
    ("须知", "用黑色签字笔填写，字迹工整，不得涂改"),
    ("须知", "按照《关于结婚证、离婚证的规定》等办理"),
    ("须知", "按照《国务院关于在线政务服务的若干规定》，可使用电子证照"),
    ("须知", "对照示例样表填写基本信息"),
    ("须知", "“纳税信用等级”一栏按税务机关评定结果填写"),
    ("情形", "申请人委托他人代为办理的"),
    ("情形", "申请人为港澳台居民的"),
    ("情形", "申请人已婚的"),
    ("依据", "《中华人民共和国行政许可法》第三十一条：申请人申请行政许可，应当如实向行政机关提交有关材料"),
    ("依据", "《婚姻登记条例》第五条：办理结婚登记的内地居民应当出具本人的户口簿、身份证等证件和证明材料"),
    (
        "依据",
        "《北京市居住证管理办法》第九条：申请人应当提供居住、就业、就读等证明；法律、法规规定的其他材料",
    ),
    ("依据", "国务院有关规定"),
    ("清单", "法定代表人身份证明书"),
    ("清单", "居民身份证复印件"),
    ("清单", "香港永久性居民身份证"),
    ("清单", "外国人身份证"),
    ("清单", "营业执照（副本）"),
]

# Real problems: (field, text, rule, the words the finding must point at).
MUST_FIRE = [
    ("名称", "身份证明", "umbrella-term", "身份证明"),
    ("名称", "申请人有效身份证件", "umbrella-term", "有效身份证件"),
    ("名称", "婚姻状况证明", "umbrella-term", "婚姻状况证明"),
    ("名称", "居民身份证明", "umbrella-term", "居民身份证明"),
    ("名称", "户籍证明", "umbrella-term", "户籍证明"),
    ("名称", "房产证", "umbrella-term", "房产证"),
    ("名称", "单位出具的相关证明", "umbrella-term", "相关证明"),
    ("材料", "身份证明 || 在有效期内", "umbrella-term", "身份证明"),
    ("名称", "其他材料", "catch-all-clause", "其他材料"),
    ("名称", "有关部门要求的其他材料", "catch-all-clause", "有关部门要求的其他材料"),
    ("名称", "相关证明材料", "catch-all-clause", "相关证明材料"),
    ("名称", "结婚证、离婚证等婚姻状况证明", "catch-all-clause", "结婚证、离婚证等"),
    ("名称", "学历证书、学位证书等", "catch-all-clause", "学历证书、学位证书等"),
    ("名称", "营业执照或其他主体资格证明", "catch-all-clause", "其他主体资格证明"),
    ("条件", "持居民身份证或其他有效身份证件", "catch-all-clause", "其他有效身份证件"),
    ("须知", "申请人须同时提交《申请表》、《承诺书》等", "catch-all-clause", "《申请表》、《承诺书》等"),
    ("名称", "身份证", "nonstandard-name", "身份证"),
    ("名称", "申请人身份证复印件", "nonstandard-name", "身份证"),
    ("名称", "二代身份证", "nonstandard-name", "二代身份证"),
    ("名称", "户口本", "nonstandard-name", "户口本"),
    ("名称", "台胞证", "nonstandard-name", "台胞证"),
    ("条件", "申请人应当持有效身份证件", "umbrella-term", "有效身份证件"),
    ("条件", "申请人提供户籍证明", "umbrella-term", "户籍证明"),
    ("条件", "符合法律、法规规定的其他条件", "catch-all-clause", "法律、法规规定的其他条件"),
    (
        "条件",
        "申请人无违法犯罪记录、无不良信用记录等",
        "catch-all-clause",
        "申请人无违法犯罪记录、无不良信用记录等",
    ),
    ("条件", "原则上应在本市连续缴纳社会保险满12个月", "vague-wording", "原则上"),
    ("条件", "符合国家有关规定", "vague-wording", "国家有关规定"),
    ("条件", "经相关部门审核同意", "vague-wording", "相关部门"),
    ("条件", "一般应具有本科及以上学历", "vague-wording", "一般"),
    ("标准", "户口簿、身份证等材料原件", "catch-all-clause", "户口簿、身份证等材料"),
    ("标准", "居民身份证、户口簿、结婚证等等", "catch-all-clause", "居民身份证、户口簿、结婚证等等"),
    ("标准", "需提交其他材料的，窗口一次性告知", "catch-all-clause", "其他材料"),
    ("标准", "需提交营业执照、公司章程等", "catch-all-clause", "营业执照、公司章程等"),
    ("标准", "申请表，居民身份证，户口簿等", "catch-all-clause", "申请表，居民身份证，户口簿等"),
    ("标准", "居民身份证、居民户口簿等1份", "catch-all-clause", "居民身份证、居民户口簿等"),
    ("标准", "必要时提供原件核验", "vague-wording", "必要时"),
    ("标准", "近期一寸免冠彩色照片", "vague-wording", "近期"),
    ("标准", "一般情况下需提交原件", "vague-wording", "一般情况下"),
    ("须知", "视情况提供补充说明", "vague-wording", "视情况"),
    ("须知", "请及时补正材料", "vague-wording", "及时"),
    ("须知", "按规定填写", "vague-wording", "按规定"),
    ("须知", "提供若干张现场照片", "vague-wording", "若干"),
    ("须知", "如实填写姓名、性别、出生日期等信息", "catch-all-clause", "姓名、性别、出生日期等"),
    ("情形", "因疾病、出国等原因无法亲自办理的", "catch-all-clause", "疾病、出国等"),
    ("情形", "配偶、子女等近亲属代为办理的", "catch-all-clause", "配偶、子女等"),
    ("情形", "特殊情况下需要补充材料的", "vague-wording", "特殊情况"),
    ("情形", "法律、法规规定的其他情形", "catch-all-clause", "法律、法规规定的其他情形"),
    ("名称", "与经营者签订的劳动合同或相关证明", "umbrella-term", "相关证明"),
    ("条件", "提交房屋租赁合同或者有关证明", "umbrella-term", "有关证明"),
    ("清单", "身份证", "nonstandard-name", "身份证"),
    ("清单", "户口本首页", "nonstandard-name", "户口本"),
    ("清单", "授权委托书及受托人身份证", "nonstandard-name", "身份证"),
    ("清单", "回乡证", "nonstandard-name", "回乡证"),
]


def test_tables_are_large_enough():
    assert len(MUST_NOT_FIRE) >= 40 and len(MUST_FIRE) >= 40


@pytest.mark.parametrize(("field", "text"), MUST_NOT_FIRE, ids=[t for _, t in MUST_NOT_FIRE])
def test_look_alike_does_not_fire(field, text):
    assert wording_findings(field, text) == []


@pytest.mark.parametrize(("field", "text", "rule", "words"), MUST_FIRE, ids=[t for _, t, _, _ in MUST_FIRE])
def test_problem_fires_at_its_words(field, text, rule, words):
    assert (rule, words) in wording_findings(field, text)


def test_messages_say_what_to_write_instead():
    [umbrella] = [f for f in lint(_files("名称", "身份证明")) if f.rule == "umbrella-term"]
    assert "居民身份证" in umbrella.message and "护照" in umbrella.message
    [vague] = [f for f in lint(_files("标准", "近期一寸免冠彩色照片")) if f.rule == "vague-wording"]
    assert "近期" in vague.message and "近6个月内" in vague.message
    [name] = [f for f in lint(_files("名称", "户口本")) if f.rule == "nonstandard-name"]
    assert "居民户口簿" in name.message and name.fix == Fix(name.span, "居民户口簿")


def test_vague_word_inside_a_catch_all_reports_once():
    files = _files("标准", "近期照片、户口簿等")
    alone = lint(files, Config(select=("vague-wording",)), rule="vague-wording")
    assert [f.message[:4] for f in alone] == ["「近期」"]  # the vague word is there …
    rules = [f.rule for f in lint(files) if f.rule in WORDING]
    assert rules == ["catch-all-clause"]  # … and the catch-all that covers it wins


def test_a_second_list_closed_by_deng_is_not_spliced_onto_the_first():
    # 北京市食品经营许可申请须知：an earlier 等 closes its own list; 营业执照 starts the next
    text = "申请表单位名称、统一社会信用代码等应与营业执照等合法主体资格证明完全一致"
    assert wording_findings("标准", text) == [
        ("catch-all-clause", "申请表单位名称、统一社会信用代码等"),
        ("catch-all-clause", "营业执照等"),
    ]


def test_catch_all_phrase_with_a_vague_word_inside_is_one_finding():
    rules = [f.rule for f in lint(_files("条件", "有关部门要求的其他材料")) if f.rule in WORDING]
    assert rules == ["catch-all-clause"]


def test_umbrella_after_other_is_one_catch_all_finding():
    findings = [f for f in lint(_files("名称", "其他相关证明")) if f.rule in WORDING]
    assert [f.rule for f in findings] == ["catch-all-clause"]
    assert "证明的事项" in findings[0].message  # the umbrella's advice says what to write


def test_no_fix_where_the_span_is_not_exactly_the_variant():
    escaped = {
        "checklist.yaml": '收件材料:\n  - 材料名称: "户口本\\u9996页"\n    原件份数: 1\n    复印件份数: 0\n'
    }
    [finding] = lint(materialize(escaped, False), rule="nonstandard-name")
    assert finding.fix is None  # the escape keeps the span from pointing at 户口本 alone
    folded = {
        "checklist.yaml": "收件材料:\n  - 材料名称: >-\n      户口本\n      首页\n    原件份数: 1\n    复印件份数: 0\n"
    }
    [finding] = lint(materialize(folded, False), rule="nonstandard-name")
    assert finding.fix is None


# ── --fix ──

GUIDE_CRLF = (
    BASE_GUIDE.replace(
        "  - 材料名称: 居民身份证\n",
        "  # 身份证件：原件核验后退还\n  - 材料名称: 申请人身份证复印件  # 正反面复印在同一页\n",
    )
    .replace("受理标准: 在有效期内", "受理标准: '近期办理的，在有效期内'")
    .replace("是否收费: 否", "是否收费: 是")
    .replace("\n", "\r\n")
)


@pytest.fixture
def guide_file(tmp_path):
    path = tmp_path / "guide.yaml"
    path.write_bytes(GUIDE_CRLF.encode("utf-8"))
    path.chmod(0o640)
    return path


def _check(path) -> list:
    return run([str(path)], Config()).findings


def _fixable(result_findings) -> list:
    return [f for f in result_findings if f.fix is not None]


def test_fix_rewrites_only_the_variant_and_keeps_the_rest(guide_file):
    before = _check(guide_file)
    [fixed] = _fixable(before)
    result = run([str(guide_file)], Config())
    outcome = apply_fixes(result.findings, result.documents)
    assert outcome.fixed == {str(guide_file): 1} and outcome.refused == []
    expected = GUIDE_CRLF.replace("申请人身份证复印件", "申请人居民身份证复印件")
    assert guide_file.read_bytes() == expected.encode("utf-8")  # CRLF, comments, quotes kept
    assert oct(guide_file.stat().st_mode & 0o777) == oct(0o640)
    after = _check(guide_file)
    assert fixed not in after and not _fixable(after)

    def key(f):
        column = f.column + 2 if f.line == fixed.line and f.column > fixed.column else f.column
        return (f.rule, f.line, column, f.message)

    assert sorted(map(key, after)) == sorted(key(f) for f in before if f is not fixed)
    assert [f.rule for f in after].count("vague-wording") == 1  # 近期 is still reported


def test_fix_is_idempotent(guide_file):
    result = run([str(guide_file)], Config())
    apply_fixes(result.findings, result.documents)
    once = guide_file.read_bytes()
    again = run([str(guide_file)], Config())
    assert apply_fixes(again.findings, again.documents).fixed == {}
    assert guide_file.read_bytes() == once


def test_fix_refuses_a_file_changed_since_it_was_read(guide_file):
    result = run([str(guide_file)], Config())
    changed = GUIDE_CRLF + "# 刚刚有人编辑过\r\n"
    guide_file.write_bytes(changed.encode("utf-8"))
    outcome = apply_fixes(result.findings, result.documents)
    assert outcome.fixed == {} and "修改过" in outcome.refused[0]
    assert guide_file.read_bytes() == changed.encode("utf-8")


def test_fix_leaves_a_file_with_parse_errors_alone(tmp_path):
    path = tmp_path / "guide.yaml"
    text = "申请材料:\n  - 材料名称: 身份证\n   原件份数: [1\n"
    path.write_text(text, encoding="utf-8")
    doc = build(str(path), "guide", path.read_bytes())
    assert doc.root is None
    with pytest.raises(Refused, match="无法解析"):
        fix_file(doc, [Fix(Span(2, 13, 2, 16), "居民身份证")])
    assert path.read_text(encoding="utf-8") == text


def test_fix_refuses_a_rewrite_that_would_break_the_yaml(guide_file):
    doc = build(str(guide_file), "guide", guide_file.read_bytes())
    [line] = [n for n, s in enumerate(GUIDE_CRLF.split("\r\n"), 1) if "申请人身份证复印件" in s]
    with pytest.raises(Refused, match="无法正确解析"):
        fix_file(doc, [Fix(Span(line, 13, line, 16), "a: [b")])
    assert guide_file.read_bytes() == GUIDE_CRLF.encode("utf-8")


def test_rewrite_counts_columns_in_characters_and_skips_overlaps():
    text = "甲: 身份证\r\n乙: 户口本\n"
    fixes = [
        Fix(Span(1, 4, 1, 7), "居民身份证"),
        Fix(Span(1, 5, 1, 6), "x"),
        Fix(Span(2, 4, 2, 7), "居民户口簿"),
    ]
    assert rewrite(text, fixes) == ("甲: 居民身份证\r\n乙: 居民户口簿\n", 2)
    assert rewrite(text, [Fix(Span(1, 4, 1, 9), "x")]) == (text, 0)  # past the line's end


def test_cli_fix_reports_what_remains(guide_file):
    command = [sys.executable, "-c", "from checker.cli import main; main()"]
    env = {**os.environ, "NO_COLOR": "1"}
    result = subprocess.run(
        [*command, "check", "--fix", "--no-cache", "--format", "json", str(guide_file)],
        capture_output=True,
        text=True,
        env=env,
        cwd=guide_file.parent,
    )
    assert "已自动修复 1 处" in result.stderr, result.stderr
    rules = [f["rule"] for f in json.loads(result.stdout)["findings"]]
    assert "nonstandard-name" not in rules and "vague-wording" in rules
    assert b"\r\n" in guide_file.read_bytes() and "申请人居民身份证复印件" in guide_file.read_text("utf-8")


# ── packs a department adds ──


def test_malformed_glossary_names_file_and_line(tmp_path):
    path = tmp_path / "glossary.yaml"
    path.write_text(
        "documents:\n  - name: 残疾人专用车辆驾驶证明\n    variants: 残车证明\n", encoding="utf-8"
    )
    with pytest.raises(DataFileError) as err:
        load_vocabulary((str(path),), ())
    assert err.value.path == str(path) and err.value.line == 3  # the line of the list that is not one
    assert f"{path}:3" in str(err.value)


def test_glossary_umbrella_with_unknown_member_names_its_line(tmp_path):
    path = tmp_path / "glossary.yaml"
    path.write_text(
        "umbrellas:\n  - term: 车辆证明\n    members: [机动车行驶证, 车辆购置税完税证明]\n"
        "    advice: 写明具体证件\n",
        encoding="utf-8",
    )
    with pytest.raises(DataFileError, match=r"glossary\.yaml:3: .*车辆购置税完税证明"):
        load_vocabulary((str(path),), ())


def test_wording_pack_with_a_syntax_error_names_its_line(tmp_path):
    path = tmp_path / "wording.yaml"
    path.write_text("vague:\n  - phrase: 酌情处理\n    suggestion: [写明标准\n", encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        load_vocabulary((), (str(path),))
    assert err.value.path == str(path) and err.value.line is not None and err.value.line >= 3


def test_pack_phrases_are_literal_text_not_regexes(tmp_path):
    """Packs take phrases, never patterns: "(a+)+$" is found only as those six characters, so no
    pack entry can make matching backtrack for ever."""
    path = tmp_path / "wording.yaml"
    path.write_text(
        'vague:\n  - phrase: "(a+)+$"\n    suggestion: 写明标准\n  - phrase: "审[核查]+期限"\n    suggestion: 写明天数\n',
        encoding="utf-8",
    )
    config = Config(packs=(str(path),))
    literal = lint(_files("条件", "申请人须说明(a+)+$的情况，并遵守审[核查]+期限"), config, "vague-wording")
    assert [(f.line, f.column, f.end_column) for f in literal] == [(2, 12, 18), (2, 25, 33)]
    started = time.perf_counter()
    hostile = "申请人" + "a" * 50_000 + "!，审核期限和审查期限"
    assert not lint(_files("条件", hostile), config, "vague-wording")
    assert time.perf_counter() - started < 2


def test_a_canonical_name_with_brackets_is_not_its_own_variant():
    # brackets split tokens: 居民死亡医学证明 (a variant) must not fire inside the canonical name
    assert not lint(_files("名称", "居民死亡医学证明（推断）书"), rule="nonstandard-name")
    [variant] = lint(_files("名称", "居民死亡医学证明"), rule="nonstandard-name")
    assert variant.fix.replacement == "居民死亡医学证明（推断）书"


def test_an_alias_bomb_in_a_data_file_is_not_walked_out():
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    started = time.perf_counter()
    data = datafiles.parse("\n".join(lines), "bomb.yaml")
    assert data["a9"][0] is data["a8"] and len(data["a9"]) == 9
    assert time.perf_counter() - started < 2


def test_pack_phrases_are_literal_text_not_patterns(tmp_path):
    """A department's pack may hold regex-looking phrases: they match only themselves, and a
    pattern that would backtrack catastrophically as a regex costs nothing."""
    import time

    from checker.text.match import matchers
    from checker.text.vocabulary import load_vocabulary

    pack = tmp_path / "措辞.yaml"
    pack.write_text(
        "vague:\n  - phrase: 酌.*处理\n    suggestion: 写明条件\n  - phrase: (a+)+$\n    suggestion: 无\n",
        encoding="utf-8",
    )
    match = matchers(load_vocabulary(wording=(str(pack),)))
    assert "酌.*处理" not in [h.term for h in match.vague("窗口可酌情处理")]
    assert [h.term for h in match.vague("写成酌.*处理的字样")] == ["酌.*处理"]
    started = time.perf_counter()
    assert [h.term for h in match.vague("a" * 5000 + "!")] == []
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize("hours", ["工作时间", "工作日", "法定工作日", "正常工作日内", "工作日 工作时间"])
def test_hours_that_name_no_time_are_vague(hours):
    text = BASE_GUIDE.replace("办理时间: 工作日 上午9:00-12:00，下午13:30-17:00", f"办理时间: {hours}")
    [finding] = lint({"guide.yaml": text}, rule="vague-wording")
    assert finding.line == text.splitlines().index(f"办理时间: {hours}") + 1
    assert f"「办理时间」只写了“{hours}”" in finding.message and "请写明钟点" in finding.message


@pytest.mark.parametrize(
    "hours",
    ["工作日 上午9:00-12:00，下午13:30-17:00", "周一至周五 8:30-17:00", "工作日上午九点至十二点", "24小时网上办理"],
)
def test_hours_with_times_are_not_vague(hours):
    text = BASE_GUIDE.replace("办理时间: 工作日 上午9:00-12:00，下午13:30-17:00", f"办理时间: {hours}")
    assert lint({"guide.yaml": text}, rule="vague-wording") == []
