"""Versions of a guide for ``guidelint review``: a file, or ``REF:PATH`` read from git.

Each version comes with the window checklists and guides beside it (same folder, same
revision), so the review also sees the findings that pair a guide with its window.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from checker.changes import ChangesError, git
from checker.discover import kind_of


class RevisionError(Exception):
    """A version cannot be read; the message says why."""


@dataclass
class Version:
    label: str  # as given: a path, or REF:PATH; findings name the document by it
    data: bytes
    checklists: dict[str, bytes] = field(default_factory=dict)  # label → content
    guides: dict[str, bytes] = field(default_factory=dict)  # the guides beside it, label → content


def read_version(spec: str) -> Version:
    """The document named by ``spec``: an existing file, else ``REF:PATH`` in git."""
    if os.path.isfile(spec):
        return _from_file(spec)
    if ":" in spec:
        ref, path = spec.split(":", 1)
        if ref and path:
            return _from_git(spec, ref, path)
    raise RevisionError(
        f"文件不存在：{spec}（git 中的版本请写作 修订版本:路径，如 HEAD~1:guides/事项/guide.yaml）"
    )


def _read(path: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as err:
        raise RevisionError(f"无法读取 {path}：{err.strerror or err}") from None


def _from_file(path: str) -> Version:
    folder = os.path.dirname(path)
    own = os.path.basename(path)
    names = sorted(n for n in os.listdir(folder or ".") if n != own)

    def siblings(kind: str) -> dict[str, bytes]:
        paths = [os.path.join(folder, n) for n in names if kind_of(n) == kind]
        return {p: _read(p) for p in paths if os.path.isfile(p)}

    return Version(path, _read(path), siblings("checklist"), siblings("guide"))


def _from_git(spec: str, ref: str, path: str) -> Version:
    try:
        if path.startswith("./"):  # relative to the working folder, as git allows
            path = git(["rev-parse", "--show-prefix"]).decode("utf-8").strip() + path[2:]
        data = git(["show", f"{ref}:{path}"])
        folder = os.path.dirname(path)
        listing = git(["ls-tree", "--name-only", "--full-tree", ref, "--", f"{folder}/" if folder else "."])
    except ChangesError as err:
        raise RevisionError(f"无法从 git 读取「{spec}」：{err}") from None
    siblings: dict[str, dict[str, bytes]] = {"checklist": {}, "guide": {}}
    for name in listing.decode("utf-8", "replace").splitlines():
        kind = kind_of(os.path.basename(name))
        if kind in siblings and os.path.dirname(name) == folder and name != path:
            siblings[kind][f"{ref}:{name}"] = git(["show", f"{ref}:{name}"])
    return Version(spec, data, siblings["checklist"], siblings["guide"])
