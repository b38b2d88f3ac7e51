"""``--fix`` loses nothing: over guides and checklists written in any style, fixing the variant
names yields exactly the file with canonical names (every other byte kept), leaves every other
finding where it was, is idempotent, and never touches a file it must not."""

from __future__ import annotations

import codecs
import tempfile
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checker.config import Config
from checker.document import build
from checker.engine import run
from checker.examples import BASE_CHECKLIST, BASE_GUIDE
from checker.findings import Finding
from checker.fix import Refused, apply_fixes, fix_file
from checker.text.vocabulary import load_vocabulary

RULE = "nonstandard-name"
_PREFIXES = ["", "申请人", "代办人", "法定代表人", "配偶"]
_SUFFIXES = ["", "复印件", "原件", "（正反面）", "及复印件"]
_GUIDE_HEAD, _GUIDE_TAIL = BASE_GUIDE.split("申请材料:\n")[0], "办理方式:" + BASE_GUIDE.split("办理方式:")[1]
_CHECKLIST_HEAD = BASE_CHECKLIST.split("收件材料:\n")[0]


@cache
def variants() -> list[tuple[str, str]]:
    """(variant, canonical) pairs of the glossary that YAML keeps as they are in any quoting."""
    return sorted((v, c) for v, c in load_vocabulary().variants.items() if not set(v) & set("'\"#:\\"))


@dataclass(frozen=True)
class Name:
    before: str  # as planted: may hold a variant
    after: str  # the same with the canonical name
    quote: str  # "", "'" or '"'
    comment: str  # a trailing comment, or ""


@st.composite
def names(draw) -> Name:
    prefix, suffix = draw(st.sampled_from(_PREFIXES)), draw(st.sampled_from(_SUFFIXES))
    if draw(st.integers(0, 4)) == 0:
        plain = draw(st.sampled_from(["劳动合同", "居民身份证", "营业执照", "结婚证"]))
        variant = canonical = plain
    else:
        variant, canonical = draw(st.sampled_from(variants()))
    comment = draw(st.sampled_from(["", "  # 原写作身份证", " # 户口本首页"]))
    return Name(
        prefix + variant + suffix, prefix + canonical + suffix, draw(st.sampled_from(["", "'", '"'])), comment
    )


planted = st.lists(names(), min_size=1, max_size=4).filter(lambda ns: any(n.before != n.after for n in ns))


@dataclass(frozen=True)
class Style:
    indent: int
    crlf: bool
    bom: bool
    comments: tuple[int, ...]  # after which generated lines a full-line comment goes


styles = st.builds(
    Style,
    st.sampled_from([0, 2, 4]),
    st.booleans(),
    st.booleans(),
    st.lists(st.integers(0, 80), max_size=4).map(tuple),
)


def material(name: Name, fixed: bool, indent: int, guide: bool) -> list[str]:
    pad = " " * indent
    value = name.after if fixed else name.before
    lines = [f"{pad}- 材料名称: {name.quote}{value}{name.quote}{name.comment}"]
    fields = ["原件份数: 1", "复印件份数: 1"]
    if guide:
        # with a blank form, so a canonical name that is a form (…授权委托书) asks for nothing more
        fields += ["载体: 纸质", "来源渠道: 申请人自备", "必要性: 必要", "空白表格: 政务服务网“表格下载”"]
    return lines + [f"{pad}  {field}" for field in fields]


def document(kind: str, materials: list[Name], style: Style, fixed: bool) -> bytes:
    """A guide or checklist in ``style``; ``fixed`` writes the canonical names instead."""
    guide = kind == "guide"
    lines = (_GUIDE_HEAD if guide else _CHECKLIST_HEAD).splitlines()
    lines.append("申请材料:" if guide else "收件材料:")
    for name in materials:
        lines += material(name, fixed, style.indent, guide)
    if guide:
        lines += _GUIDE_TAIL.splitlines()
    for at in sorted(style.comments, reverse=True):
        lines.insert(min(at, len(lines)), "# 注释：身份证、户口本在此不改")
    text = ("\r\n" if style.crlf else "\n").join(lines) + ("\r\n" if style.crlf else "\n")
    return (codecs.BOM_UTF8 if style.bom else b"") + text.encode("utf-8")


def key(f: Finding) -> tuple[str, str, int, int]:
    return (f.path, f.rule, f.line, f.column)


def shifted(before: list[Finding], fixes: list[Finding]) -> Counter:
    """Where the findings other than the fixed ones stand after the fixes: on a fixed line, a
    column after the fix moves by the change in length."""
    result: Counter = Counter()
    for f in before:
        if f.rule == RULE:
            continue
        column = f.column
        for fix in fixes:
            if fix.path == f.path and fix.line == f.line and f.column > fix.column:
                column += len(fix.fix.replacement) - (fix.end_column - fix.column)
        result[(f.path, f.rule, f.line, column)] += 1
    return result


@given(
    st.lists(names(), min_size=1, max_size=5),
    st.lists(names(), min_size=0, max_size=4),
    styles,
    styles,
)
def test_fix_yields_the_canonical_file_and_keeps_everything_else(
    guide_names, checklist_names, g_style, c_style
):
    with tempfile.TemporaryDirectory() as folder:
        guide, checklist = Path(folder, "guide.yaml"), Path(folder, "checklist.yaml")
        guide.write_bytes(document("guide", guide_names, g_style, fixed=False))
        checklist.write_bytes(document("checklist", checklist_names, c_style, fixed=False))
        before = run([folder], Config())
        assert not before.crashes
        fixes = [f for f in before.findings if f.fix is not None]
        planted = sum(n.before != n.after for n in guide_names + checklist_names)
        assert [f.rule for f in fixes] == [RULE] * len(fixes) and len(fixes) == planted

        outcome = apply_fixes(before.findings, before.documents)
        assert outcome.refused == []
        assert guide.read_bytes() == document("guide", guide_names, g_style, fixed=True)
        assert checklist.read_bytes() == document("checklist", checklist_names, c_style, fixed=True)

        after = run([folder], Config())
        assert not after.crashes
        assert not [f for f in after.findings if f.rule == RULE]
        assert Counter(map(key, after.findings)) == shifted(before.findings, fixes)

        fixed_bytes = guide.read_bytes(), checklist.read_bytes()
        assert apply_fixes(after.findings, after.documents).fixed == {}
        assert (guide.read_bytes(), checklist.read_bytes()) == fixed_bytes


@given(planted, styles, st.sampled_from(["!!python/name:os.system", "!!set"]))
def test_a_file_with_a_parse_error_is_never_touched(materials, style, tag):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "guide.yaml")
        data = document("guide", materials, style, fixed=False)
        data = data.replace("办理地点: ".encode(), f"办理地点: {tag} ".encode())
        path.write_bytes(data)
        result = run([folder], Config())
        assert any(f.rule == "parse-error" for f in result.findings)
        assert any(f.fix is not None for f in result.findings)  # there is something it could fix
        outcome = apply_fixes(result.findings, result.documents)
        assert outcome.fixed == {}
        assert path.read_bytes() == data


@given(planted, styles, st.sampled_from(["# 另一人的修改\n", "x", "\n"]))
def test_a_file_changed_between_read_and_write_is_refused(materials, style, edit):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "guide.yaml")
        data = document("guide", materials, style, fixed=False)
        path.write_bytes(data)
        doc = build(str(path), "guide", data)
        fixes = [f.fix for f in run([folder], Config()).findings if f.fix is not None]
        assert fixes
        changed = data + edit.encode()
        path.write_bytes(changed)
        with pytest.raises(Refused, match="修改过"):
            fix_file(doc, fixes)
        assert path.read_bytes() == changed
