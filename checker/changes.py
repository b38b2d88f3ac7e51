"""``--changed-since REF``: which lines of which files changed since a git revision.

Lines come from ``git diff --unified=0`` between the working tree and the merge base of REF
and HEAD (for a branch, the point it forked from REF: changes made meanwhile on REF are not
the branch's), in the git repository of the checked paths (not of the current folder). A
shallow clone without the merge base is an error that says how to fetch more history, not a
silent comparison with REF itself. Untracked files count as wholly changed. Where lines were
only deleted, the lines either side of the deletion count as changed, so a finding caused by
removing a key (``收费标准`` gone, ``是否收费: 是`` flagged) is still reported.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from checker.findings import Finding

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")
_GIT = ("git", "-c", "core.quotepath=off")


class ChangesError(Exception):
    """git cannot say what changed; the message says why."""


@dataclass
class Changes:
    """Changed lines per file (absolute real paths); ``None`` means the whole file."""

    lines: dict[str, set[int] | None] = field(default_factory=dict)

    def touches(self, path: str, first: int, last: int) -> bool:
        changed = self.lines.get(_real(path), set())
        return changed is None or any(first <= line <= last for line in changed)

    def file_changed(self, path: str) -> bool:
        return _real(path) in self.lines


def _real(path: str) -> str:
    return os.path.realpath(path)


def git(args: list[str], folder: str | None = None) -> bytes:
    """Run git in ``folder`` (default: the working folder); ChangesError with git's own message
    when it fails."""
    import subprocess  # here: only --changed-since and revisions run git

    try:
        done = subprocess.run([*_GIT, *args], capture_output=True, cwd=folder or None)
    except FileNotFoundError:
        raise ChangesError("找不到 git 命令：请先安装 git") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip()
        raise ChangesError(message or f"git {' '.join(args)} 失败")
    return done.stdout


def _git(args: list[str], folder: str | None = None) -> str:
    return git(args, folder).decode("utf-8", "replace")


def parse_diff(text: str, root: str) -> dict[str, set[int] | None]:
    """Changed lines of the new side of a ``--unified=0`` diff, by absolute path below ``root``."""
    lines: dict[str, set[int] | None] = {}
    current: set[int] | None = None
    for row in text.splitlines():
        if row.startswith("+++ "):
            target = row[4:]
            if target == "/dev/null":  # deleted file: nothing of it is left to report on
                current = None
                continue
            path = _real(os.path.join(root, target.removeprefix("b/")))
            current = set()
            lines[path] = current
        elif current is not None and (match := _HUNK.match(row)):
            start, count = int(match.group(1)), int(match.group(2) or "1")
            if count:
                current.update(range(start, start + count))
            else:  # pure deletion after line ``start``
                current.update({start, start + 1})
    return lines


def changed_since(ref: str, paths: list[str]) -> Changes:
    """The lines changed in ``paths`` since ``ref``; ChangesError outside git or for a bad ref."""
    folder = repository_folder(paths)
    try:
        root = _git(["rev-parse", "--show-toplevel"], folder).strip()
    except ChangesError:
        raise ChangesError(f"{folder} 不在 git 仓库中：--changed-since 只能在 git 仓库里使用") from None
    try:
        _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], root)
    except ChangesError:
        raise ChangesError(f"git 中没有修订版本「{ref}」（分支、标签或提交）") from None
    base = _merge_base(ref, root)
    targets = ["--", *(os.path.abspath(p) for p in paths or ["."])]
    diff = _git(["diff", "--no-color", "--no-ext-diff", "--unified=0", base, *targets], root)
    changes = Changes(parse_diff(diff, root))
    untracked = _git(["ls-files", "--others", "--exclude-standard", "--full-name", *targets], root)
    for name in untracked.splitlines():
        changes.lines[_real(os.path.join(root, name))] = None
    return changes


def repository_folder(paths: list[str]) -> str:
    """The folder whose git repository the checked paths belong to: that of the first path."""
    first = os.path.abspath(paths[0] if paths else ".")
    return first if os.path.isdir(first) else os.path.dirname(first)


def _merge_base(ref: str, root: str) -> str:
    """The commit REF and HEAD share; REF itself when there is no HEAD yet or the histories are
    unrelated, and an error in a shallow clone, where the merge base may just not be fetched."""
    try:
        return _git(["merge-base", ref, "HEAD"], root).strip() or ref
    except ChangesError:
        shallow = ""
    with contextlib.suppress(ChangesError):
        shallow = _git(["rev-parse", "--is-shallow-repository"], root).strip()
    if shallow == "true":
        raise ChangesError(
            f"这是浅克隆，找不到「{ref}」与 HEAD 的共同祖先，无法判断改动了哪些行：请先"
            "运行 git fetch --deepen=100（或 git fetch --unshallow），"
            "GitHub Actions 中在 actions/checkout 里设 fetch-depth: 0"
        )
    return ref


def select(findings: Iterable[Finding], changes: Changes, cross_document: set[str]) -> list[Finding]:
    """Findings on changed lines, plus findings of ``cross_document`` rules (pair and corpus
    rules) whose file or any related file changed."""

    def involved(f: Finding) -> bool:
        paths = [f.path, *(r.path for r in f.related)]
        return f.rule in cross_document and any(changes.file_changed(p) for p in paths)

    return [f for f in findings if changes.touches(f.path, f.line, max(f.end_line, f.line)) or involved(f)]
