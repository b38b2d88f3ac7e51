"""Versions of a guide for ``guidelint review``: a file, or ``REF:PATH`` read from git.

Each version comes with the window checklists beside it (same folder, same revision), so the
review also sees the findings that pair the guide with its window.
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
    names = sorted(n for n in os.listdir(folder or ".") if kind_of(n) == "checklist")
    siblings = [os.path.join(folder, n) for n in names]
    return Version(path, _read(path), {p: _read(p) for p in siblings if os.path.isfile(p)})


def _from_git(spec: str, ref: str, path: str) -> Version:
    try:
        if path.startswith("./"):  # relative to the working folder, as git allows
            path = git(["rev-parse", "--show-prefix"]).decode("utf-8").strip() + path[2:]
        data = git(["show", f"{ref}:{path}"])
        folder = os.path.dirname(path)
        listing = git(["ls-tree", "--name-only", "--full-tree", ref, "--", f"{folder}/" if folder else "."])
    except ChangesError as err:
        raise RevisionError(f"无法从 git 读取「{spec}」：{err}") from None
    checklists = {}
    for name in listing.decode("utf-8", "replace").splitlines():
        if kind_of(os.path.basename(name)) == "checklist" and os.path.dirname(name) == folder:
            checklists[f"{ref}:{name}"] = git(["show", f"{ref}:{name}"])
    return Version(spec, data, checklists)
