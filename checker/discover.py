"""Paths → the documents to check; the kind comes from the file name."""

from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass

_SUFFIXES = {
    "guide.yaml": "guide",
    "guide.yml": "guide",
    "checklist.yaml": "checklist",
    "checklist.yml": "checklist",
}


@dataclass(frozen=True, slots=True)
class Source:
    path: str  # as shown to the user: the given path joined with the path below it
    kind: str  # "guide" or "checklist"


def kind_of(name: str) -> str | None:
    """``西城区.guide.yaml`` → guide; files of other names are not documents."""
    lower = name.lower()
    for suffix, kind in _SUFFIXES.items():
        if lower.endswith(suffix):
            return kind
    return None


def excluded(path: str, patterns: tuple[str, ...]) -> bool:
    normal = path.replace(os.sep, "/").removeprefix("./")
    return any(fnmatch.fnmatch(normal, p) or fnmatch.fnmatch(normal, p.rstrip("/") + "/*") for p in patterns)


def discover(paths: list[str], exclude: tuple[str, ...] = ()) -> tuple[list[Source], list[str]]:
    """Documents below ``paths`` in a stable order, and messages about paths that do not exist."""
    sources: dict[str, Source] = {}
    missing = []
    for given in paths:
        if os.path.isfile(given):
            kind = kind_of(os.path.basename(given))
            if kind and not excluded(given, exclude):
                sources.setdefault(given, Source(given, kind))
        elif os.path.isdir(given):
            for found in _walk(given, exclude):
                sources.setdefault(found.path, found)
        else:
            missing.append(f"路径不存在：{given}")
    return sorted(sources.values(), key=lambda s: s.path), missing


def _walk(root: str, exclude: tuple[str, ...]):
    for folder, dirs, files in os.walk(root, onerror=None):  # does not follow symlinked folders
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__pycache__")
        for name in sorted(files):
            kind = kind_of(name)
            path = os.path.join(folder, name)
            if kind and not excluded(path, exclude):
                yield Source(path, kind)
