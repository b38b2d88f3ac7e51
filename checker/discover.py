"""Paths → the documents to check; the kind comes from the file name.

Folders are walked without their hidden folders and without what git ignores (``.gitignore``,
``.git/info/exclude``); a file named on the command line is checked even when ignored. A named
document brings the other documents of its folder along as context (``reported=False``): pair
and corpus rules see its counterpart, and only the named file's findings are reported. Every
path that yields nothing says why, so that a run never passes silently.
"""

from __future__ import annotations

import fnmatch
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

_SUFFIXES = {
    "guide.yaml": "guide",
    "guide.yml": "guide",
    "办事指南.yaml": "guide",
    "办事指南.yml": "guide",
    "checklist.yaml": "checklist",
    "checklist.yml": "checklist",
    "收件清单.yaml": "checklist",
    "收件清单.yml": "checklist",
}
_YAML = (".yaml", ".yml")
_CONFIG_NAME = "guidelint.yaml"
NAMING = (
    "办事指南的文件名以 guide.yaml 或 办事指南.yaml 结尾，收件清单以 checklist.yaml 或 收件清单.yaml 结尾"
)


@dataclass(frozen=True, slots=True)
class Source:
    path: str  # as shown to the user: the given path joined with the path below it
    kind: str  # "guide" or "checklist"
    reported: bool = True  # False: read only as the counterpart of a named document


@dataclass
class Found:
    """What discovery found, and what it has to tell the user."""

    sources: list[Source] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)  # paths skipped, and why
    excluded: int = 0  # named files left out by the configured exclude patterns


def kind_of(name: str) -> str | None:
    """``西城区.guide.yaml``, ``西城区办事指南.yaml`` → guide; files of other names are not documents."""
    lower = name.lower()
    for suffix, kind in _SUFFIXES.items():
        if lower.endswith(suffix):
            return kind
    return None


def excluded(path: str, patterns: tuple[str, ...]) -> bool:
    normal = path.replace(os.sep, "/").removeprefix("./")
    return any(fnmatch.fnmatch(normal, p) or fnmatch.fnmatch(normal, p.rstrip("/") + "/*") for p in patterns)


def discover(paths: list[str], exclude: tuple[str, ...] = (), data_files: Iterable[str] = ()) -> Found:
    """Documents below ``paths`` in a stable order, and messages about paths that yield none.
    ``data_files`` (the configured rule packs and glossaries) are YAML that is not a document."""
    sources: dict[str, Source] = {}
    found = Found()
    known = {os.path.realpath(p) for p in data_files}
    for given in paths:
        try:
            mode = os.stat(given).st_mode
        except OSError:
            found.messages.append(f"路径不存在：{given}")
            continue
        if stat.S_ISDIR(mode):
            walked = list(_walk(given, exclude, known, found.messages))
            kept = _not_ignored(walked)
            for source in kept:
                _add(sources, source)
            if not walked:
                found.messages.append(f"{given}：其中没有办事指南或收件清单（{NAMING}）")
            elif not kept:
                found.messages.append(f"{given}：其中的文档都被 git 忽略（.gitignore），未检查")
        elif not stat.S_ISREG(mode):
            found.messages.append(f"{given}：不是普通文件（管道、套接字或设备），未检查")
        elif (kind := kind_of(os.path.basename(given))) is None:
            found.messages.append(f"{given}：文件名不表明是办事指南还是收件清单，未检查（{NAMING}）")
        elif excluded(given, exclude):
            found.excluded += 1
        else:
            _add(sources, Source(given, kind))
            for sibling in siblings(given, exclude):
                _add(sources, sibling)
    found.sources = sorted(sources.values(), key=lambda s: s.path)
    return found


def _add(sources: dict[str, Source], source: Source) -> None:
    """Add ``source`` once; a file both named (or walked) and read as context is reported."""
    if source.reported or source.path not in sources:
        sources[source.path] = source


def _walk(root: str, exclude: tuple[str, ...], known: set[str], messages: list[str]) -> Iterator[Source]:
    for folder, dirs, files in os.walk(root, onerror=None):  # does not follow symlinked folders
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__pycache__")
        documents = [(name, kind) for name in sorted(files) if (kind := kind_of(name))]
        for name, kind in documents:
            path = os.path.join(folder, name)
            if not excluded(path, exclude):
                yield Source(path, kind)
        if documents:
            messages.extend(_strays(folder, files, known))


def _strays(folder: str, files: list[str], known: set[str]) -> Iterator[str]:
    """YAML files beside documents whose names fit neither kind: most likely a misnamed document."""
    for name in sorted(files):
        path = os.path.join(folder, name)
        stray = name.lower().endswith(_YAML) and not kind_of(name) and name != _CONFIG_NAME
        if stray and os.path.realpath(path) not in known:
            yield f"{path}：与文档同在一个文件夹，但文件名不表明是办事指南还是收件清单，未检查（{NAMING}）"


def siblings(named: str, exclude: tuple[str, ...]) -> Iterator[Source]:
    """The other documents in a named document's folder, read as its context."""
    folder = os.path.dirname(named)
    try:
        names = sorted(os.listdir(folder or "."))
    except OSError:
        return
    for name in names:
        path = os.path.join(folder, name)
        kind = kind_of(name)
        if kind and path != named and not excluded(path, exclude) and os.path.isfile(path):
            yield Source(path, kind, reported=False)


def _not_ignored(sources: list[Source]) -> list[Source]:
    """``sources`` less those git ignores; all of them outside a git work tree or without git."""
    if not sources:
        return sources
    import subprocess  # here: a named file is never asked about

    folder = os.path.dirname(sources[0].path) or "."
    listing = "".join(f"{os.path.abspath(s.path)}\0" for s in sources)
    try:
        done = subprocess.run(
            ["git", "-C", folder, "check-ignore", "--stdin", "-z"],
            input=listing.encode("utf-8"),
            capture_output=True,
        )
    except OSError:
        return sources
    if done.returncode not in (0, 1):  # 128: not a work tree
        return sources
    ignored = set(done.stdout.decode("utf-8", "replace").split("\0"))
    return [s for s in sources if os.path.abspath(s.path) not in ignored]
