"""Hostile input: every bad file becomes a finding at a location, never a traceback or a hang, and
every other file of the same run is still checked.

The whole hostile corpus is checked in one ``guidelint check`` process (so one bad file cannot
hide behind another run); each case then asserts its own finding.
"""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import lint

from checker.config import Config
from checker.discover import discover
from checker.engine import run
from checker.examples import BASE_CHECKLIST, BASE_GUIDE

MARKER = "pwned-by-yaml"


def guide(code: str, **changes: str) -> str:
    """The clean base guide under its own 实施编码 and 基本编码, with ``old=new`` replacements."""
    text = BASE_GUIDE.replace("11110107MB0000001X4000117001", code).replace("000117001000", code[-12:])
    for old, new in changes.items():
        assert old in text, old
        text = text.replace(old, new)
    return text


def deep(depth: int) -> str:
    return "事项名称: " + "[" * depth + "]" * depth + "\n"


def alias_bomb() -> str:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    return "\n".join(lines) + "\n"


FEE = {"是否收费: 否": "是否收费: 是"}  # fee-incomplete on line 38: proves the document was checked
LONG_LINE = "  - 原则上" + "申请人在本市工作" * 44_000  # over 1 MB on one line

# name → (bytes of <name>/guide.yaml, rule, words of the message, line, column or None: any)
CASES: dict[str, tuple[bytes, str, str, int, int | None]] = {
    "invalid-utf8": (b"\xe4\xba\x8b: a\nb: \xff\xfe\n", "parse-error", "不是有效的 UTF-8", 2, 4),
    "gbk": (guide("A01").encode("gb18030"), "parse-error", "GBK/GB18030", 1, 1),
    "utf8-bom": (codecs.BOM_UTF8 + guide("A02", **FEE).encode(), "fee-incomplete", "收费", 38, 7),
    "crlf": (guide("A03", **FEE).replace("\n", "\r\n").encode(), "fee-incomplete", "收费", 38, 7),
    "utf16": (guide("A04").encode("utf-16"), "parse-error", "UTF-16", 1, 1),
    "utf16-without-bom": (guide("A12").encode("utf-16-be"), "parse-error", "UTF-16 编码（无 BOM）", 1, 1),
    "alias-bomb": (alias_bomb().encode(), "parse-error", "别名炸弹", 1, None),
    "nesting-10000-flow": (deep(10_000).encode(), "parse-error", "嵌套", 1, None),
    "nesting-10000-block": (("- " * 10_000 + "x\n").encode(), "parse-error", "嵌套超过 64 层", 1, 129),
    "nesting-10000-map": (
        ("a: " + "{a: " * 10_000 + "}" * 10_000).encode(),
        "parse-error",
        "嵌套超过 64 层",
        1,
        None,
    ),
    "one-megabyte-line": (
        guide(
            "A05", **{"  - 申请人在本市用人单位工作，并与用人单位签订一年以上劳动合同": LONG_LINE}
        ).encode(),
        "vague-wording",
        "原则上",
        10,
        5,
    ),
    "too-large": (b"# " + b"x" * (2 * 1024 * 1024) + b"\n", "parse-error", "max-file-size", 1, 1),
    "png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "parse-error", "二进制", 1, 1),
    "nul-bytes": ("事项名称: 低保\x00\x00\n".encode(), "parse-error", "二进制", 1, 1),
    "empty": (b"", "parse-error", "文件为空", 1, 1),
    "comments-only": (
        "  \n\n# 只有注释\n   # 第二行注释\n\t\n \t # 缩进的注释".encode(),
        "parse-error",
        "文件为空",
        1,
        1,
    ),
    "top-level-list": ("- 事项名称: 低保\n- 甲\n".encode(), "parse-error", "顶层是列表", 1, 1),
    "top-level-scalar": ("就一句话\n".encode(), "parse-error", "顶层是单个值", 1, 1),
    "python-tag": (
        f"事项名称: !!python/object/apply:os.system ['touch {MARKER}']\n".encode(),
        "parse-error",
        "不支持的 YAML 标签",
        1,
        7,
    ),
    "code-is-a-number-yaml-changed": (  # octal to YAML 1.1: read as written, and said so
        guide("A06").replace("实施编码: A06", "实施编码: 01106").encode(),
        "schema-invalid",
        "YAML 把它读作数字 582",
        2,
        7,
    ),
    "conditions-is-a-string": (
        guide("A07", **{"受理条件:\n  - 申请人": "受理条件: 申请人"}).encode(),
        "schema-invalid",
        "应为列表",
        9,
        7,
    ),
    "materials-null": (
        guide("A08", **{"申请材料:\n": "申请材料: null\n旧材料:\n"}).encode(),
        "schema-invalid",
        "实际是空值",
        11,
        7,
    ),
    "materials-scalars": (
        guide("A09", **{"申请材料:\n": "申请材料: [身份证, 户口本, 3, null]\n旧材料:\n"}).encode(),
        "schema-invalid",
        "应为键值映射",
        11,
        8,
    ),
    "mapping-for-a-string": (
        guide("A10", **{"事项名称: 北京市工作居住证办理": "事项名称: {名称: 工作居住证, 版本: 2}"}).encode(),
        "schema-invalid",
        "应为文本",
        1,
        7,
    ),
    "checklist-shaped-guide": (
        BASE_CHECKLIST.replace("11110107MB0000001X4000117001", "A11").encode(),
        "schema-invalid",
        "收件材料",
        4,
        1,
    ),
}
# Rules that no run may lose: the clean pair's planted finding and its checklist.
GOOD_GUIDE = guide("B01", **FEE)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess, dict]:
    root = tmp_path_factory.mktemp("hostile")
    corpus = root / "corpus"
    for name, (data, *_) in CASES.items():
        (corpus / name).mkdir(parents=True)
        (corpus / name / "guide.yaml").write_bytes(data)
    (corpus / "good").mkdir()
    (corpus / "good" / "guide.yaml").write_text(GOOD_GUIDE, encoding="utf-8")
    (corpus / "good" / "checklist.yaml").write_text(
        BASE_CHECKLIST.replace("11110107MB0000001X4000117001", "B01"), encoding="utf-8"
    )
    (corpus / "folder" / "guide.yaml").mkdir(parents=True)  # a folder with a document's name
    (corpus / "loop").mkdir()
    (corpus / "loop" / "up").symlink_to("..")  # a folder linked to its parent
    (corpus / "dangling").mkdir()
    (corpus / "dangling" / "guide.yaml").symlink_to("nowhere.yaml")
    os.mkfifo(corpus / "fifo.guide.yaml")  # reading a named pipe would wait forever
    env = {**os.environ, "GUIDELINT_CACHE_DIR": str(root / "cache"), "NO_COLOR": "1"}
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "checker", "check", "--format", "json", "corpus"],
        capture_output=True,
        text=True,
        cwd=root,
        env=env,
        timeout=120,
    )
    print(f"hostile corpus checked in {time.monotonic() - started:.2f} s")
    assert "Traceback" not in result.stderr and "内部错误" not in result.stderr, result.stderr
    assert result.returncode == 1, result.stderr
    return root, result, json.loads(result.stdout)


def findings_of(data: dict, path: str) -> list[dict]:
    return [f for f in data["findings"] if f["path"] == path]


@pytest.mark.parametrize("name", list(CASES))
def test_each_hostile_document_becomes_a_finding_at_its_location(hostile, name):
    _, _, data = hostile
    _, rule, words, line, column = CASES[name]
    found = findings_of(data, f"corpus/{name}/guide.yaml")
    assert any(
        f["rule"] == rule and words in f["message"] and f["line"] == line and column in (None, f["column"])
        for f in found
    ), found


def test_every_other_document_is_still_checked(hostile):
    _, _, data = hostile
    good = findings_of(data, "corpus/good/guide.yaml")
    assert [(f["rule"], f["line"]) for f in good] == [("fee-incomplete", 38)]
    assert not findings_of(data, "corpus/good/checklist.yaml")
    # every case, the good pair, the dangling link and the pipe; the folder named guide.yaml is none
    assert data["summary"]["files"] == len(CASES) + 4


def test_nothing_in_a_document_is_constructed_or_run(hostile):
    root, _, _ = hostile
    assert not (root / MARKER).exists()


def test_bom_and_crlf_documents_parse_cleanly(hostile):
    _, _, data = hostile
    for name in ("utf8-bom", "crlf"):
        rules = {f["rule"] for f in findings_of(data, f"corpus/{name}/guide.yaml")}
        assert rules == {"fee-incomplete", "missing-counterpart"}


def test_encodings_say_what_to_convert_to(hostile):
    _, _, data = hostile
    [gbk] = findings_of(data, "corpus/gbk/guide.yaml")
    assert "GBK/GB18030" in gbk["message"] and "另存为 UTF-8" in gbk["message"]
    [utf16] = findings_of(data, "corpus/utf16/guide.yaml")
    assert "UTF-16" in utf16["message"] and "UTF-8" in utf16["message"]


def test_links_folders_and_pipes_are_findings_or_skipped(hostile):
    _, _, data = hostile
    [dangling] = findings_of(data, "corpus/dangling/guide.yaml")
    assert dangling["rule"] == "parse-error" and "不存在" in dangling["message"]
    [pipe] = findings_of(data, "corpus/fifo.guide.yaml")
    assert pipe["rule"] == "parse-error" and "不是普通文件" in pipe["message"]
    paths = {f["path"] for f in data["findings"]}
    assert not any("/up/" in p or p.startswith("corpus/folder") for p in paths)


def test_wrong_types_everywhere_are_schema_findings_without_a_rule_crash():
    checklist = BASE_CHECKLIST.replace("审查要点: 在有效期内", "审查要点: {要点: 有效期}").replace(
        "    原件份数: 1\n    复印件份数: 1\n    审查要点: 合同",
        "    原件份数: 一份\n    复印件份数: [1]\n    审查要点: 合同",
    )
    files = {
        "甲/guide.yaml": guide(
            "C01",
            **{
                "实施编码: C01": "实施编码: 1101",
                "设定依据:\n  - 《": "设定依据: 《",
                "申请材料:\n": "申请材料: [身份证, [户口本], {材料名称: 3}]\n旧材料:\n",
                "到现场次数: 0": "到现场次数: [0]",
                "法定办结时限:\n  时限: 20\n  单位: 工作日": "法定办结时限: 20",
                "承诺办结时限:\n  时限: 10": "承诺办结时限:\n  时限: 十",
                "咨询方式:\n  - 010-68861234": "咨询方式: {电话: 010-68861234}",
                '  - "12345"': "  - null\n  - 12345\n  - [1]",
                "是否收费: 否": "是否收费: true\n办理流程: 受理、审核",
            },
        ),
        "甲/checklist.yaml": checklist.replace("11110107MB0000001X4000117001", "1101").replace(
            "实施编码: 1101", "实施编码: 1101\n受理前核验: 本市户籍"
        ),
        "乙/guide.yaml": "事项名称: null\n实施编码: ~\n申请材料:\n  - 材料名称:\n    免提交: [1]\n受理条件: [~, 1]\n",
        "乙/checklist.yaml": "实施编码: [1]\n收件材料: {材料名称: 居民身份证}\n受理前核验: [{a: 1}]\n",
    }
    findings = lint(files)  # asserts that no rule crashed
    invalid = {(f.path, f.line, f.message) for f in findings if f.rule == "schema-invalid"}
    assert {
        ("甲/guide.yaml", 10, "「申请材料」第 1 项应为键值映射，实际是文本"),
        ("甲/guide.yaml", 32, "「法定办结时限」应为键值映射，实际是整数：写成 {时限: 天数, 单位: 工作日}（或 单位: 自然日）"),
        ("甲/guide.yaml", 40, "「咨询方式」应为列表，实际是键值映射"),
        ("甲/checklist.yaml", 11, "「原件份数」应为整数，实际是文本"),
        ("乙/guide.yaml", 1, "「事项名称」应为文本，实际是空值"),
        ("乙/checklist.yaml", 2, "「收件材料」应为列表，实际是键值映射"),
    } <= invalid


def test_max_file_size_comes_from_the_config(tmp_path):
    (tmp_path / "guidelint.yaml").write_text("max-file-size: 1000\n", encoding="utf-8")
    (tmp_path / "大" / "guide.yaml").parent.mkdir()
    (tmp_path / "大" / "guide.yaml").write_text(guide("D01", **FEE) + "# " + "备注" * 600 + "\n", "utf-8")
    (tmp_path / "小" / "guide.yaml").parent.mkdir()
    (tmp_path / "小" / "guide.yaml").write_text("事项名称: 低保\n", encoding="utf-8")
    env = {**os.environ, "GUIDELINT_CACHE_DIR": str(tmp_path / "cache")}
    result = subprocess.run(
        [sys.executable, "-m", "checker", "check", "--format", "json", "大", "小"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=60,
    )
    data = json.loads(result.stdout)
    [large] = [f for f in data["findings"] if f["path"] == "大/guide.yaml"]
    assert "上限 1000 字节" in large["message"] and "max-file-size" in large["message"]
    assert any(f["path"] == "小/guide.yaml" and f["rule"] == "schema-invalid" for f in data["findings"])


@pytest.mark.skipif(
    os.geteuid() == 0, reason="root reads a file whatever its mode, so chmod 000 cannot hide it"
)
def test_an_unreadable_file_is_a_finding(tmp_path):
    path = tmp_path / "guide.yaml"
    path.write_text(guide("E01"), encoding="utf-8")
    path.chmod(0)
    try:
        result = run([str(tmp_path)], Config())
    finally:
        path.chmod(0o644)
    [finding] = result.findings
    assert finding.rule == "parse-error" and "没有读取权限" in finding.message


def test_the_slowest_hostile_input_takes_seconds_at_most(tmp_path):
    """Each case alone, in process: refusing an alias bomb or a deep nest is quick, and a 1 MB line
    is segmented in linear time."""
    times = {}
    for name, (data, *_) in CASES.items():
        (tmp_path / name).mkdir()
        (tmp_path / name / "guide.yaml").write_bytes(data)
        started = time.perf_counter()
        result = run([str(tmp_path / name)], Config())
        times[name] = time.perf_counter() - started
        assert not result.crashes
    slowest = max(times, key=times.get)
    print(f"slowest hostile input: {slowest} in {times[slowest]:.2f} s")
    assert times[slowest] < 10, times


def test_discovery_does_not_follow_a_folder_linked_to_its_parent(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "guide.yaml").write_text(guide("F01"), encoding="utf-8")
    (tmp_path / "a" / "up").symlink_to("..")
    found = discover([str(tmp_path)])
    assert [s.path for s in found.sources] == [str(tmp_path / "a" / "guide.yaml")] and not found.messages
