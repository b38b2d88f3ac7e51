"""Vocabulary files (glossary, wording) and the rule data (pairing, catalogue) checked against
their schemas.

The file is parsed into nodes with positions (``checker.load``), as guides are, so an unknown
key (``varients``), a value of the wrong type or a missing field is reported at its own line
with "did you mean"; an entry listed twice (a phrase, a canonical name, a variant) is an error
too, since the second would silently replace the first.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.datafiles import DataFileError
from checker.findings import Span
from checker.load import Node, load_text
from checker.schemas.explain import problems

DATA_KINDS = ("glossary", "wording", "pairing", "catalogue")

# Lists whose entries must be unique, and the field that names each entry.
_NAMED_BY = {
    "glossary": {"documents": "name", "umbrellas": "term"},
    "wording": {"catch_all": "phrase", "vague": "phrase"},
}


def check_data_file(kind: str, path: str, text: str) -> None:
    """Raise DataFileError at the first line where ``text`` breaks the ``kind`` schema or repeats an
    entry, naming the others with their lines; a file YAML cannot parse is left to the reader,
    which reports the syntax error."""
    root = load_text(text).root
    if root is None or root.kind != "map":
        return
    found = problems(kind, root, root.plain())[0] + list(_repeated(kind, root))
    if found:
        (first, message), *rest = sorted(found, key=lambda p: (p[0].line, p[0].column))
        more = "".join(f"；第 {span.line} 行：{said}" for span, said in rest)
        raise DataFileError(path, first.line, message + more)


def _repeated(kind: str, root: Node) -> Iterator[tuple[Span, str]]:
    seen: dict[str, Span] = {}
    for key, field in _NAMED_BY.get(kind, {}).items():
        for name in _field_nodes(root.get(key), field):
            yield from _once(name, seen, f"{key} 中的“{name.value}”")
    variants: dict[str, Span] = {}
    for variant in _variant_nodes(root) if kind == "glossary" else ():
        yield from _once(variant, variants, f"不规范写法“{variant.value}”")


def _once(node: Node, seen: dict[str, Span], what: str) -> Iterator[tuple[Span, str]]:
    first = seen.setdefault(str(node.value), node.span)
    if first is not node.span:
        yield node.span, f"{what}重复（第 {first.line} 行已有）：后一条会覆盖前一条，请合并为一条"


def _field_nodes(entries: Node | None, field: str) -> Iterator[Node]:
    for entry in entries.value if entries is not None and entries.kind == "seq" else ():
        value = entry.get(field)
        if value is not None and value.kind == "scalar" and isinstance(value.value, str):
            yield value


def _variant_nodes(root: Node) -> Iterator[Node]:
    documents = root.get("documents")
    for entry in documents.value if documents is not None and documents.kind == "seq" else ():
        variants = entry.get("variants")
        for variant in variants.value if variants is not None and variants.kind == "seq" else ():
            if variant.kind == "scalar" and isinstance(variant.value, str):
                yield variant
