"""Data files: the built-in ones under ``rules/`` (shipped as ``checker.ruledata``) and a
department's own (``glossaries``, ``packs``), parsed safely and reported with their lines."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import yaml

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader


class DataFileError(Exception):
    """A data file is malformed; the message names the file and the line."""

    def __init__(self, path: str, line: int | None, message: str) -> None:
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {message}")
        self.path, self.line = path, line


def _builtin_folder():
    """The repository's rules/ folder: installed as ``checker.ruledata``, or beside the package
    in a source checkout (editable installs do not map it)."""
    try:
        return resources.files("checker.ruledata")
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "rules"


def builtin_path(name: str) -> str:
    return str(_builtin_folder().joinpath(name))


def read_builtin(name: str) -> str:
    return _builtin_folder().joinpath(name).read_text("utf-8")


def parse(text: str, path: str) -> Any:
    """Parse a data file; a syntax fault or duplicate key becomes a DataFileError with its line."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()  # parsed once: checked for duplicates, then built
        _reject_duplicate_keys(node, path)
        return loader.construct_document(node) if node is not None else None  # safe: !!python/… refused
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        raise DataFileError(path, mark.line + 1 if mark else None, f"YAML 语法错误：{err.problem}") from None
    except yaml.YAMLError as err:
        raise DataFileError(path, None, f"无法读取：{err}") from None
    finally:
        loader.dispose()


def _reject_duplicate_keys(node: yaml.Node | None, path: str) -> None:
    """Walk each node once: aliases share nodes, and an alias bomb must not be walked out."""
    stack = [node] if node is not None else []
    seen_nodes: set[int] = set()
    while stack:
        current = stack.pop()
        if id(current) in seen_nodes:
            continue
        seen_nodes.add(id(current))
        if isinstance(current, yaml.MappingNode):
            seen = set()
            for key, value in current.value:
                if not isinstance(key, yaml.ScalarNode):
                    raise DataFileError(path, key.start_mark.line + 1, "键必须是单个值，不能是列表或映射")
                if key.value in seen:
                    raise DataFileError(path, key.start_mark.line + 1, f"键「{key.value}」重复")
                seen.add(key.value)
                stack.append(value)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)


def load(path: str | Path) -> Any:
    try:
        text = Path(path).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise DataFileError(str(path), None, f"无法读取：{err}") from None
    return parse(text, str(path))


def line_of(text: str, needle: str) -> int | None:
    """The first line containing ``needle`` (to point at a bad entry in a data file)."""
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    return None
