"""Baselines: today's findings recorded so that only new ones are reported.

An entry is keyed by rule, file and the offending content — never by line number — so it
survives lines shifting and edits elsewhere in the file. Each key carries a count: with two
identical defects recorded, a third one of the same kind is still reported. Paths are stored
relative to the baseline file's folder, so the file works from any working directory.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from checker.findings import Finding

VERSION = 1
_COMMENT = re.compile(r"\s+#.*$")
_SPACE = re.compile(r"\s+")

Key = tuple[str, str, str]  # (path, rule, content)


class BaselineError(Exception):
    """The baseline file cannot be read or written; the message says why."""


def offending_content(finding: Finding, lines: list[str]) -> str:
    """What identifies a finding within its file: the rule's content, else its source line."""
    if finding.content:
        return finding.content
    line = lines[finding.line - 1] if 0 < finding.line <= len(lines) else ""
    text = unicodedata.normalize("NFKC", _COMMENT.sub("", line)).strip()
    text = _SPACE.sub(" ", text.removeprefix("- ").strip())
    return text or finding.message


def relative_path(path: str, folder: str) -> str:
    """``path`` relative to ``folder``, with forward slashes (stable across systems)."""
    try:
        path = os.path.relpath(os.path.abspath(path), os.path.abspath(folder))
    except ValueError:  # another drive on Windows
        path = os.path.abspath(path)
    return path.replace(os.sep, "/")


@dataclass
class Baseline:
    """Recorded findings: how many of each key were accepted."""

    counts: Counter
    messages: dict[Key, str]

    @classmethod
    def from_findings(cls, findings: Iterable[Finding], key: Callable[[Finding], Key]) -> Baseline:
        counts: Counter = Counter()
        messages: dict[Key, str] = {}
        for f in sorted(findings, key=Finding.sort_key):
            k = key(f)
            counts[k] += 1
            messages.setdefault(k, f.message)
        return cls(counts, messages)

    def match(
        self, findings: Iterable[Finding], key: Callable[[Finding], Key]
    ) -> tuple[list[Finding], Counter]:
        """The findings not recorded here (of several alike, the later ones are the new ones),
        and the recorded entries no finding matched (fixed since)."""
        remaining = Counter(self.counts)
        new = []
        for f in sorted(findings, key=Finding.sort_key):
            k = key(f)
            if remaining[k] > 0:
                remaining[k] -= 1
            else:
                new.append(f)
        return new, +remaining

    def to_json(self) -> str:
        entries = []
        for k in sorted(self.counts):
            path, rule, content = k
            entry = {"path": path, "rule": rule, "content": content, "count": self.counts[k]}
            entries.append({**entry, "message": self.messages.get(k, "")})
        data = {"version": VERSION, "tool": "guidelint", "entries": entries}
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Baseline:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as err:
            raise BaselineError(f"不是有效的 JSON（第 {err.lineno} 行）：{err.msg}") from None
        if not isinstance(data, dict) or data.get("version") != VERSION:
            raise BaselineError(f"不是 guidelint 基线文件，或版本不是 {VERSION}")
        counts: Counter = Counter()
        messages: dict[Key, str] = {}
        for entry in data.get("entries", []):
            try:
                k = (str(entry["path"]), str(entry["rule"]), str(entry["content"]))
                counts[k] += int(entry.get("count", 1))
            except (TypeError, KeyError, ValueError):
                raise BaselineError(f"条目格式有误：{json.dumps(entry, ensure_ascii=False)}") from None
            messages.setdefault(k, str(entry.get("message", "")))
        return cls(counts, messages)


def file_key(baseline_file: str, source_lines: Mapping[str, list[str]]) -> Callable[[Finding], Key]:
    """The key of a finding for a baseline stored at ``baseline_file``."""
    folder = os.path.dirname(os.path.abspath(baseline_file))

    def key(f: Finding) -> Key:
        return relative_path(f.path, folder), f.rule, offending_content(f, source_lines.get(f.path, []))

    return key


def stale(leftover: Counter, paths: Iterable[str], baseline_file: str) -> int:
    """How many unmatched entries belong to the checked files ``paths`` (others were not checked)."""
    folder = os.path.dirname(os.path.abspath(baseline_file))
    checked = {relative_path(p, folder) for p in paths}
    return sum(count for (path, _, _), count in leftover.items() if path in checked)


def load(baseline_file: str) -> Baseline:
    try:
        with open(baseline_file, encoding="utf-8") as handle:
            text = handle.read()
    except OSError as err:
        raise BaselineError(f"无法读取基线文件 {baseline_file}：{err.strerror or err}") from None
    except UnicodeDecodeError:
        raise BaselineError(
            f"基线文件 {baseline_file} 不是 UTF-8 文本（是二进制文件，或不是 --write-baseline 写出的文件？）"
        ) from None
    try:
        return Baseline.from_json(text)
    except BaselineError as err:
        raise BaselineError(f"基线文件 {baseline_file} {err}") from None


def save(baseline_file: str, baseline: Baseline) -> None:
    """Write atomically: a reader never sees half a file."""
    folder = os.path.dirname(os.path.abspath(baseline_file))
    temporary = os.path.join(folder, f".{os.path.basename(baseline_file)}.{os.getpid()}.tmp")
    try:
        with open(temporary, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(baseline.to_json())
        os.replace(temporary, baseline_file)
    except OSError as err:
        if os.path.exists(temporary):
            os.remove(temporary)
        raise BaselineError(f"无法写入基线文件 {baseline_file}：{err.strerror or err}") from None
