"""``guidelint.yaml`` → Config: rule selection, severities, per-path ignores, extra packs."""

from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass, field, replace

from checker import packs
from checker.document import DEFAULT_MAX_BYTES
from checker.findings import SEVERITIES

CONFIG_NAME = "guidelint.yaml"
_KEYS = {
    "select",
    "ignore",
    "severity",
    "per-path-ignores",
    "exclude",
    "glossaries",
    "packs",
    "fail-on",
    "max-file-size",
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
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: 无法读取配置文件：{err}") from None
    try:
        data = packs.parse(text, path)
    except packs.PackError as err:
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
    except packs.PackError as err:
        key = "glossaries" if err.path in config.glossaries else "packs"
        raise ConfigError(f"{config.path}: {key} 中的文件有误：{err}") from None


def _build(data: dict, text: str, path: str, known: set[str]) -> Config:
    def fail(key: str, message: str, item: object = None) -> ConfigError:
        """The error at the line of ``item`` below ``key`` (or of ``key`` itself)."""
        line = packs.line_of(text, f"{key}:") or 1
        if item is not None:
            below = packs.line_of("\n".join(text.splitlines()[line - 1 :]), str(item))
            line += below - 1 if below else 0
        return ConfigError(f"{path}:{line}: {key}: {message}")

    for key in data:
        if key not in _KEYS:
            raise fail(str(key), f"未知的配置项；可用的配置项：{'、'.join(sorted(_KEYS))}")

    def rule_list(key: str) -> tuple[str, ...]:
        value = data.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(key, "应为规则编号的列表")
        for item in value:
            check_rule_pattern(item, known, lambda m, item=item: fail(key, m, item))
        return tuple(value)

    def string_list(key: str) -> tuple[str, ...]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(key, "应为文本列表")
        return tuple(value)

    severity = data.get("severity", {})
    if not isinstance(severity, dict):
        raise fail("severity", "应为“规则编号: 级别”的映射")
    for rule, level in severity.items():
        check_rule_pattern(str(rule), known, lambda m, rule=rule: fail("severity", m, rule))
        if level not in SEVERITIES:
            raise fail("severity", f"{rule} 的级别「{level}」无效，应为 error、warning 或 info", rule)
    ignores = data.get("per-path-ignores", {})
    if not isinstance(ignores, dict):
        raise fail("per-path-ignores", "应为“路径模式: [规则编号…]”的映射")
    per_path = {}
    for pattern, rules in ignores.items():
        rules = [rules] if isinstance(rules, str) else rules
        if not isinstance(rules, list):
            raise fail("per-path-ignores", f"{pattern} 应对应规则编号的列表")
        for rule in rules:
            check_rule_pattern(str(rule), known, lambda m, rule=rule: fail("per-path-ignores", m, rule))
        per_path[str(pattern)] = tuple(str(r) for r in rules)
    fail_on = data.get("fail-on", "error")
    if fail_on not in SEVERITIES:
        raise fail("fail-on", "应为 error、warning 或 info")
    max_size = data.get("max-file-size", DEFAULT_MAX_BYTES)
    if not isinstance(max_size, int) or isinstance(max_size, bool) or max_size <= 0:
        raise fail("max-file-size", "应为正整数（字节）")
    base = os.path.dirname(os.path.abspath(path))
    return Config(
        select=rule_list("select") or ("ALL",),
        ignore=rule_list("ignore"),
        severity={str(k): v for k, v in severity.items()},
        per_path_ignores=per_path,
        exclude=string_list("exclude"),
        glossaries=tuple(os.path.join(base, p) for p in string_list("glossaries")),
        packs=tuple(os.path.join(base, p) for p in string_list("packs")),
        fail_on=fail_on,
        max_file_size=max_size,
        path=path,
    )


def check_rule_pattern(pattern: str, known: set[str], fail) -> None:
    """An id or glob must name at least one rule: a typo would silently select nothing."""
    if pattern == "ALL" or any(fnmatch.fnmatchcase(r, pattern) for r in known):
        return
    raise fail(f"未知的规则「{pattern}」；guidelint rules 列出全部规则")
