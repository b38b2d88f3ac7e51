"""``--changed-since REF``: which lines of which files changed since a git revision.

Lines come from ``git diff --unified=0`` between the working tree and the merge base of REF
and HEAD (for a branch, the point it forked from REF: changes made meanwhile on REF are not
the branch's). Untracked files count as wholly changed. Where lines were only deleted, the
lines either side of the deletion count as changed, so a finding caused by removing a key
(``收费标准`` gone, ``是否收费: 是`` flagged) is still reported.
"""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
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


def git(args: list[str]) -> bytes:
    """Run git in the working folder; ChangesError with git's own message when it fails."""
    try:
        done = subprocess.run([*_GIT, *args], capture_output=True)
    except FileNotFoundError:
        raise ChangesError("找不到 git 命令：请先安装 git") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip()
        raise ChangesError(message or f"git {' '.join(args)} 失败")
    return done.stdout


def _git(args: list[str]) -> str:
    return git(args).decode("utf-8", "replace")


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
    try:
        root = _git(["rev-parse", "--show-toplevel"]).strip()
    except ChangesError:
        raise ChangesError("当前目录不在 git 仓库中：--changed-since 只能在 git 仓库里使用") from None
    try:
        _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"])
    except ChangesError:
        raise ChangesError(f"git 中没有修订版本「{ref}」（分支、标签或提交）") from None
    base = ref
    with contextlib.suppress(ChangesError):  # no HEAD yet, or unrelated histories: use REF itself
        base = _git(["merge-base", ref, "HEAD"]).strip() or ref
    targets = ["--", *(paths or ["."])]
    diff = _git(["diff", "--no-color", "--no-ext-diff", "--unified=0", base, *targets])
    changes = Changes(parse_diff(diff, root))
    untracked = _git(["ls-files", "--others", "--exclude-standard", "--full-name", *targets])
    for name in untracked.splitlines():
        changes.lines[_real(os.path.join(root, name))] = None
    return changes


def select(findings: Iterable[Finding], changes: Changes, cross_document: set[str]) -> list[Finding]:
    """Findings on changed lines, plus findings of ``cross_document`` rules (pair and corpus
    rules) whose file or any related file changed."""

    def involved(f: Finding) -> bool:
        paths = [f.path, *(r.path for r in f.related)]
        return f.rule in cross_document and any(changes.file_changed(p) for p in paths)

    return [f for f in findings if changes.touches(f.path, f.line, max(f.end_line, f.line)) or involved(f)]
