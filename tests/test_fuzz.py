"""Property tests over the whole pipeline: whatever the bytes, nothing escapes and nothing lies.

Documents come from two generators: YAML trees built from the real keys of the published
schemas (random Chinese text, numbers, nulls, lists, nested maps in any place), and the sample
corpus in guides/ with random line and byte mutations. For every document set the engine must
record no crash, every finding must point inside its file, and the JSON report must parse.
``HYPOTHESIS_PROFILE=thorough`` runs many more cases (see conftest.py).
"""

from __future__ import annotations

import codecs
import json
import re
import tempfile
from functools import cache
from pathlib import Path

import yaml
from conftest import ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.config import Config
from checker.discover import kind_of
from checker.document import Document, build
from checker.engine import PARALLEL_THRESHOLD, check_documents, run
from checker.report import FORMAT_NAMES, Report, renderer
from checker.text.vocabulary import load_vocabulary

SCHEMAS = ROOT / "checker" / "schemas"
CORPUS = sorted(p for p in (ROOT / "guides").rglob("*.y*ml") if kind_of(p.name))
# YAML's line breaks: the lines that positions count.
_LINE_BREAK = re.compile(r"\r\n|[\r\n\x85\u2028\u2029]")


@cache
def schema(kind: str) -> dict:
    return json.loads((SCHEMAS / f"{kind}.schema.json").read_text("utf-8"))


@cache
def words() -> list[str]:
    """Words the rules look for, so generated text reaches their code paths."""
    vocabulary = load_vocabulary()
    found = {*vocabulary.variants, *vocabulary.umbrellas, *vocabulary.catch_all, *vocabulary.vague}
    found |= {*vocabulary.documents, *vocabulary.closers}
    return sorted(found)


def keys_of(node: dict) -> list[str]:
    return sorted(node.get("properties", {}))


@cache
def all_keys() -> list[str]:
    """Every key of both schemas, at any depth."""
    found: set[str] = set()
    stack: list = [schema("guide"), schema("checklist")]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            found.update(node.get("properties", {}))
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return sorted(found)


# ── strategies ──

_PUNCTUATION = list("、，,。；;：:（）()《》“”\"'\n -#&*!|>{}[]%@`等或及和其他")
_PHONES = ["010-12345678", "12345", "13800138000", "1234", "+86 10 6512 3456", "010—8888"]


@st.composite
def chinese_text(draw) -> str:
    """Text built from vocabulary words, CJK characters, digits and punctuation."""
    pieces = draw(
        st.lists(
            st.one_of(
                st.sampled_from(words()),
                st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=1, max_size=6),
                st.sampled_from(_PUNCTUATION),
                st.sampled_from(_PHONES),
                st.integers(-5, 400).map(str),
            ),
            max_size=8,
        )
    )
    return "".join(pieces)


@cache
def junk(depth: int) -> st.SearchStrategy:
    """Any value of any shape, with the schemas' own keys for maps."""
    scalars = st.one_of(
        chinese_text(),
        st.integers(-10, 10**12),
        st.floats(allow_nan=True, allow_infinity=True),
        st.booleans(),
        st.none(),
        st.dates().map(str),
    )
    if depth <= 0:
        return scalars
    return st.one_of(
        scalars,
        st.lists(junk(depth - 1), max_size=4),
        st.dictionaries(st.sampled_from(all_keys()), junk(depth - 1), max_size=4),
    )


_SHAPED: dict[tuple[int, int], st.SearchStrategy] = {}


def shaped(node: dict, depth: int) -> st.SearchStrategy:
    """A value for schema ``node``: mostly of the right shape, sometimes anything at all (built
    once per node and depth)."""
    key = (id(node), depth)
    if key not in _SHAPED:
        _SHAPED[key] = _shaped(node, depth)
    return _SHAPED[key]


def _shaped(node: dict, depth: int) -> st.SearchStrategy:
    if depth <= 0:
        return junk(0)
    if "oneOf" in node:
        right = st.one_of(*(shaped(option, depth) for option in node["oneOf"]))
    elif "enum" in node:
        right = st.sampled_from(node["enum"])
    else:
        kind = node.get("type")
        kind = kind[0] if isinstance(kind, list) else kind
        if kind == "object":
            right = mapping(node, depth - 1)
        elif kind == "array":
            right = st.lists(shaped(node.get("items", {}), depth - 1), max_size=5)
        elif kind == "integer":
            right = st.integers(-2, 40)
        elif node.get("pattern"):
            right = st.dates().map(str)
        else:
            right = chinese_text()
    return st.one_of(right, right, right, junk(min(depth, 2)))


@st.composite
def mapping(draw, node: dict, depth: int) -> dict:
    """A mapping for an object schema: required keys usually there, some optional ones, a stray key
    now and then."""
    properties = node.get("properties", {})
    required = set(node.get("required", ()))
    result = {}
    for key in keys_of(node):
        if draw(st.floats(0, 1)) < (0.9 if key in required else 0.4):
            result[key] = draw(shaped(properties[key], depth))
    if draw(st.integers(0, 9)) == 0:
        result[draw(st.sampled_from(all_keys()))] = draw(junk(1))
    return result


@st.composite
def schema_documents(draw) -> dict[str, str]:
    """A guide and a checklist (often of one item, so pair rules run), dumped as editors would."""
    guide = draw(mapping(schema("guide"), 4))
    checklist = draw(mapping(schema("checklist"), 4))
    if draw(st.booleans()) and "实施编码" in guide:
        checklist["实施编码"] = guide["实施编码"]
    files = {"甲/guide.yaml": guide, "甲/checklist.yaml": checklist}
    if draw(st.booleans()):
        files["乙/guide.yaml"] = draw(mapping(schema("guide"), 3))
    return {name: yaml.safe_dump(data, allow_unicode=True, sort_keys=False) for name, data in files.items()}


_INSERTS = [
    b"\t",
    b":",
    b": ",
    b"'",
    b'"',
    b"- ",
    b"#",
    b"[",
    b"{",
    b"&a ",
    b"*a",
    b"!!",
    b"\r",
    b"\x00",
    b"\xff",
]
_INSERTS += ["\u2028".encode(), "\x85".encode(), "\ufeff".encode(), "、等".encode(), "身份证".encode()]


@st.composite
def mutated(draw, data: bytes) -> bytes:
    """``data`` after a few line and byte mutations."""
    for _ in range(draw(st.integers(1, 4))):
        lines = data.split(b"\n")
        what = draw(
            st.sampled_from(
                ["delete", "duplicate", "swap", "flip", "truncate", "insert", "indent", "crlf", "bom"]
            )
        )
        i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if what == "delete":
            del lines[i]
        elif what == "duplicate":
            lines.insert(i, lines[i])
        elif what == "swap":
            lines[i], lines[j] = lines[j], lines[i]
        elif what == "indent":
            lines[i] = b" " * draw(st.integers(1, 5)) + lines[i]
        if what in ("delete", "duplicate", "swap", "indent"):
            data = b"\n".join(lines)
        elif what == "flip" and data:
            data = data[:at] + bytes([data[at] ^ (1 << draw(st.integers(0, 7)))]) + data[at + 1 :]
        elif what == "truncate":
            data = data[:at]
        elif what == "insert":
            data = data[:at] + draw(st.sampled_from(_INSERTS)) + data[at:]
        elif what == "crlf":
            data = data.replace(b"\n", b"\r\n")
        elif what == "bom":
            data = codecs.BOM_UTF8 + data
    return data


@st.composite
def mutated_corpus(draw) -> dict[str, bytes]:
    """One file of guides/ mutated, with the other documents of its folder unchanged."""
    path = draw(st.sampled_from(CORPUS))
    files = {
        str(p.relative_to(ROOT)): p.read_bytes() for p in sorted(path.parent.iterdir()) if kind_of(p.name)
    }
    name = str(path.relative_to(ROOT))
    files[name] = draw(mutated(files[name]))
    return files


# ── properties ──


def lines_of(doc: Document, data: bytes) -> list[str]:
    text = doc.text if doc.text is not None else data.decode("utf-8", "replace")
    return _LINE_BREAK.split(text)


def assert_within(path: str, line: int, column: int, lines: list[str], end: bool = False) -> None:
    """Inside the file: a start at most just after its line's last character; an end one further
    (a point at the end of a line marks the line break)."""
    assert 1 <= line <= len(lines), f"{path}:{line}:{column}: beyond {len(lines)} lines"
    assert 1 <= column <= len(lines[line - 1]) + 1 + end, f"{path}:{line}:{column}: beyond its line"


def check_all(files: dict[str, bytes | str]) -> None:
    """Check the documents; assert the properties every run must have."""
    raw = {name: data if isinstance(data, bytes) else data.encode() for name, data in files.items()}
    docs = [build(name, kind_of(name), data) for name, data in raw.items()]
    lines = {doc.path: lines_of(doc, raw[doc.path]) for doc in docs}
    result = check_documents(docs, Config())
    assert not result.crashes, result.crashes[0]
    for f in result.findings:
        assert_within(f.path, f.line, f.column, lines[f.path])
        assert_within(f.path, f.end_line, f.end_column, lines[f.path], end=True)
        assert (f.line, f.column) <= (f.end_line, f.end_column), f
        for r in f.related:
            assert_within(r.path, r.line, r.column, lines[r.path])
    report = Report(result.findings, len(docs), {d.path: d.text.splitlines() for d in docs if d.text})
    data = json.loads(renderer("json")(report))
    assert len(data["findings"]) == len(result.findings)
    for name in FORMAT_NAMES:  # every other reporter copes too
        output = renderer(name)(report)
        if name == "sarif":
            json.loads(output)


@given(schema_documents())
def test_schema_shaped_documents_never_crash_and_point_inside_their_files(files):
    check_all(files)


@settings(max_examples=2 * settings.default.max_examples)
@given(mutated_corpus())
def test_mutated_corpus_files_never_crash_and_point_inside_their_files(files):
    check_all(files)


@settings(
    max_examples=max(2, settings.default.max_examples // 25),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.lists(mutated_corpus(), min_size=PARALLEL_THRESHOLD // 2, max_size=PARALLEL_THRESHOLD // 2))
def test_parallel_workers_find_exactly_what_one_process_finds(batches):
    with tempfile.TemporaryDirectory() as folder:
        sources = [
            (f"{number}/{name}", data) for number, files in enumerate(batches) for name, data in files.items()
        ]
        filler = [(f"filler/{p.relative_to(ROOT)}", p.read_bytes()) for p in CORPUS]
        for name, data in sources + filler[: max(0, PARALLEL_THRESHOLD - len(sources))]:
            target = Path(folder, name)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        serial = run([folder], Config(), jobs=1)
        parallel = run([folder], Config(), jobs=2)
    assert len(serial.documents) >= PARALLEL_THRESHOLD
    assert not serial.crashes and not parallel.crashes
    assert parallel.findings == serial.findings
