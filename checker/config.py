"""``guidelint.yaml`` → Config: rule selection, severities, per-path ignores, extra packs."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from checker import datafiles
from checker.document import DEFAULT_MAX_BYTES
from checker.findings import SEVERITIES
from checker.load import load_text
from checker.pairing.settings import Overrides
from checker.tuning import read_pairing_thresholds, read_rule_options

CONFIG_NAME = "guidelint.yaml"
_KEYS = {
    "select",
    "extend-select",
    "ignore",
    "extend-ignore",
    "severity",
    "per-path-ignores",
    "exclude",
    "glossaries",
    "packs",
    "fail-on",
    "max-file-size",
    "rule-options",
    "pairing",
}


class ConfigError(Exception):
    """The configuration cannot be used; the message names the file and the line."""


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)
    per_path_ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)
    exclude: tuple[str, ...] = ()
    glossaries: tuple[str, ...] = ()
    packs: tuple[str, ...] = ()
    fail_on: str = "error"
    max_file_size: int = DEFAULT_MAX_BYTES
    path: str | None = None
    rule_options: dict[str, dict[str, object]] = field(default_factory=dict)  # rule → option → value
    pairing: Overrides = ()  # (section, threshold, value) over rules/pairing.yaml

    def with_options(self, **changes) -> Config:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    def active_rules(self, known: list[str]) -> list[str]:
        """The rules to run: selected (ids or glob patterns), less the ignored ones."""
        chosen = [r for r in known if _matches(r, self.select)]
        return [r for r in chosen if not _matches(r, self.ignore)]

    def ignored_at(self, path: str, rule: str) -> bool:
        normal = path.replace(os.sep, "/").removeprefix("./")
        return any(
            _matches(rule, rules)
            for pattern, rules in self.per_path_ignores.items()
            if fnmatch.fnmatch(normal, pattern)
        )


def _matches(rule: str, patterns: tuple[str, ...]) -> bool:
    return any(p == "ALL" or fnmatch.fnmatchcase(rule, p) for p in patterns)


def find_config(start: str = ".") -> str | None:
    """``guidelint.yaml`` in ``start`` or the nearest parent, stopping at the repository root."""
    folder = os.path.abspath(start)
    while True:
        candidate = os.path.join(folder, CONFIG_NAME)
        if os.path.isfile(candidate):
            return candidate
        parent = os.path.dirname(folder)
        if parent == folder or os.path.exists(os.path.join(folder, ".git")):
            return None
        folder = parent


def load_config(path: str | None, known_rules: list[str]) -> Config:
    if path is None:
        return Config()
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except OSError as err:
        raise ConfigError(f"{path}: 无法读取配置文件：{err.strerror or err}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise ConfigError(
            f"{path}:{line}: 不是 UTF-8 文本（是二进制文件，或用了 GBK 等其他编码？）"
        ) from None
    try:
        data = datafiles.parse(text, path)
    except datafiles.DataFileError as err:
        raise ConfigError(str(err)) from None
    if data is None:
        return Config(path=path)
    if not isinstance(data, dict):
        raise ConfigError(f"{path}:1: 配置文件顶层应为键值映射")
    config = _build(data, text, path, set(known_rules))
    _check_packs(config)
    return config


def _check_packs(config: Config) -> None:
    """Load the configured glossaries and packs now, so a malformed one stops the run with its
    file and line before any document is checked (not as a crash in every rule)."""
    if not (config.glossaries or config.packs):
        return
    from checker.pairing.lexicon import lexicon
    from checker.text.vocabulary import load_vocabulary

    try:
        lexicon(load_vocabulary(config.glossaries, config.packs))
    except datafiles.DataFileError as err:
        key = "glossaries" if err.path in config.glossaries else "packs"
        raise ConfigError(f"{config.path}: {key} 中的文件有误：{err}") from None


def _build(data: dict, text: str, path: str, known: set[str]) -> Config:
    """The configuration in ``data``; every problem in it is reported at once."""
    errors: list[str] = []

    def fail(key: str, message: str, item: object = None) -> None:
        """Record an error at the line of ``item`` below ``key`` (or of ``key`` itself)."""
        line = datafiles.line_of(text, f"{key}:") or 1
        if item is not None:
            below = datafiles.line_of("\n".join(text.splitlines()[line - 1 :]), str(item))
            line += below - 1 if below else 0
        errors.append(f"{path}:{line}: {key}: {message}")

    for key in data:
        if key not in _KEYS:
            fail(
                str(key),
                f"未知的配置项{_suggestion(str(key), _KEYS)}；可用的配置项：{'、'.join(sorted(_KEYS))}",
            )

    def rule(key: str, item: object) -> str | None:
        try:
            return resolve_rule_pattern(str(item), known)
        except UnknownRule as err:
            fail(key, str(err), item)
            return None

    def rule_list(key: str) -> tuple[str, ...]:
        value = data.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            fail(key, "应为规则编号的列表")
            return ()
        return tuple(r for r in (rule(key, item) for item in value) if r)

    def string_list(key: str) -> tuple[str, ...]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            fail(key, "应为文本列表")
            return ()
        return tuple(value)

    severity = data.get("severity", {})
    levels: dict[str, str] = {}
    if not isinstance(severity, dict):
        fail("severity", "应为“规则编号: 级别”的映射")
        severity = {}
    for rule_id, level in severity.items():
        resolved = rule("severity", rule_id)
        if level not in SEVERITIES:
            fail("severity", f"{rule_id} 的级别「{level}」无效{_suggestion(str(level), SEVERITIES)}", rule_id)
        elif resolved:
            levels[resolved] = level
    ignores = data.get("per-path-ignores", {})
    if not isinstance(ignores, dict):
        fail("per-path-ignores", "应为“路径模式: [规则编号…]”的映射")
        ignores = {}
    per_path = {}
    for pattern, rules in ignores.items():
        rules = [rules] if isinstance(rules, str) else rules
        if not isinstance(rules, list):
            fail("per-path-ignores", f"{pattern} 应对应规则编号的列表", pattern)
            continue
        per_path[str(pattern)] = tuple(r for r in (rule("per-path-ignores", item) for item in rules) if r)
    fail_on = data.get("fail-on", "error")
    if fail_on not in SEVERITIES:
        fail("fail-on", f"应为 error、warning 或 info{_suggestion(str(fail_on), SEVERITIES)}")
    max_size = data.get("max-file-size", DEFAULT_MAX_BYTES)
    if not isinstance(max_size, int) or isinstance(max_size, bool) or max_size <= 0:
        fail("max-file-size", "应为正整数（字节）")
    nodes = load_text(text).root
    rule_options, mistakes = read_rule_options(nodes)
    pairing, more = read_pairing_thresholds(nodes)
    errors.extend(f"{path}:{line}: {message}" for line, message in mistakes + more)
    base = os.path.dirname(os.path.abspath(path))
    config = Config(
        select=(rule_list("select") or ("ALL",)) + rule_list("extend-select"),
        ignore=rule_list("ignore") + rule_list("extend-ignore"),
        severity=levels,
        per_path_ignores=per_path,
        exclude=string_list("exclude"),
        glossaries=tuple(os.path.join(base, p) for p in string_list("glossaries")),
        packs=tuple(os.path.join(base, p) for p in string_list("packs")),
        fail_on=fail_on,
        max_file_size=max_size,
        path=path,
        rule_options=rule_options,
        pairing=pairing,
    )
    if errors:
        raise ConfigError("\n".join(errors))
    return config


class UnknownRule(ValueError):
    """A rule id or pattern names no rule; the message suggests the nearest."""


def resolve_rule_pattern(pattern: str, known: set[str]) -> str:
    """``pattern`` as it selects rules (ids are case-insensitive: ``Umbrella-Term`` is
    ``umbrella-term``); UnknownRule when it names none: a typo would silently select nothing."""
    for candidate in (pattern, pattern.lower()):
        if candidate == "ALL" or any(fnmatch.fnmatchcase(r, candidate) for r in known):
            return candidate
    if pattern.upper() == "ALL":
        return "ALL"
    raise UnknownRule(
        f"未知的规则「{pattern}」{_suggestion(pattern.lower(), known)}（guidelint rules 列出全部规则）"
    )


def _suggestion(word: str, choices: Iterable[str]) -> str:
    """``，是否应为「X」？`` for the choice nearest to ``word``, when one is near enough."""
    from rapidfuzz import process

    guess = process.extractOne(word, sorted(choices))
    return f"，是否应为「{guess[0]}」？" if guess and guess[1] >= 60 else ""
