"""Imported guides on disk: the YAML text (with the source's unmapped cells as comments), the
path ``DIR/<行政区划>/<事项名称>/guide.yaml``, and an atomic write that replaces a file only when
asked to."""

from __future__ import annotations

import os
import re
import tempfile
from typing import Any

import yaml

from checker.importing.guide import Built

_UNSAFE_PATH = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]')
_NOT_IN_COMMENT = re.compile(  # what YAML does not print, and its line breaks (\x85, \u2028, \u2029)
    "[^\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)
MAX_PART = 80  # characters of a folder name


try:
    from yaml import CSafeDumper as _SafeDumper  # libyaml: 10,000 materials in a second, not ten
except ImportError:  # pragma: no cover
    from yaml import SafeDumper as _SafeDumper  # type: ignore[assignment]


class _Dumper(_SafeDumper):
    """Plain data only; texts of several lines as literal blocks, as an editor would write them."""


def _text(dumper: _SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def _dump(value: Any) -> str:
    return yaml.dump(value, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1000, indent=2)


def guide_yaml(built: Built, source: str) -> str:
    """The guide document: a comment naming its source, the unmapped cells, then the keys."""
    lines = [f"# 由 guidelint import guide 从 {_comment_text(source)} 生成"]
    lines += _comments(built.comments, "")
    for key, value in built.data.items():
        if key != "申请材料":
            lines.append(_dump({key: value}).rstrip("\n"))
            continue
        lines.append("申请材料:")
        for material, comments in zip(value, built.material_comments, strict=True):
            lines += _comments(comments, "  ")
            lines += ["  " + line for line in _dump([material]).rstrip("\n").split("\n")]
    return "\n".join(lines) + "\n"


def _comments(extra: list[tuple[str, str]], indent: str) -> list[str]:
    """``# 原表「备注」：…``; a text of several lines goes on in comment lines below."""
    lines = []
    for label, value in extra:
        head = f"原表「{_comment_text(label)}」：" if label else "原表："
        first, *rest = value.splitlines() or [""]
        lines.append(f"{indent}# {head}{_comment_text(first)}")
        lines += [f"{indent}#   {_comment_text(line)}" for line in rest]
    return lines


def _comment_text(value: str) -> str:
    return _NOT_IN_COMMENT.sub(" ", value)


def path_part(value: str, fallback: str) -> str:
    """A folder name: no separators, control characters or ``..``; never empty."""
    part = _UNSAFE_PATH.sub("_", value).strip().strip(".")[:MAX_PART].strip()
    return part or fallback


def guide_path(out_dir: str, data: dict[str, Any], number: int, taken: set[str]) -> str:
    """``DIR/<行政区划>/<事项名称>/guide.yaml``; an item whose path is ``taken`` by another of the
    same name in the same district gets its 实施编码 after the name."""
    region = path_part(str(data.get("行政区划", "")), "未注明行政区划")
    name = path_part(str(data.get("事项名称") or data.get("实施编码") or ""), f"未命名事项{number}")
    path = os.path.join(out_dir, region, name, "guide.yaml")
    if path in taken:
        name = path_part(f"{name}（{data.get('实施编码', number)}）", name)
        path = os.path.join(out_dir, region, name, "guide.yaml")
    return path


def write(path: str, text: str, force: bool) -> None:
    """Write atomically (a reader never sees half a file); FileExistsError unless ``force``."""
    folder = os.path.dirname(path)
    os.makedirs(folder, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=folder, suffix=".tmp", delete=False) as handle:
        handle.write(text)
    try:
        if force:
            os.replace(handle.name, path)
        else:
            _link(handle.name, path)
    finally:
        if os.path.exists(handle.name):
            os.unlink(handle.name)


def _link(temporary: str, path: str) -> None:
    """Put ``temporary`` at ``path`` unless a file is there, even one that appeared just now."""
    try:
        os.link(temporary, path)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links
        if os.path.exists(path):
            raise FileExistsError(path) from None
        os.replace(temporary, path)
