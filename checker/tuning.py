"""What guidelint.yaml tunes, checked against what the code declares, with the line of each
mistake taken from the parsed nodes: ``rule-options`` (rule id → option → value, against each
rule's OPTIONS) and ``pairing`` (section → threshold → number, against rules/pairing.yaml)."""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Span
from checker.load import Node
from checker.pairing.settings import Overrides, thresholds
from checker.rules import Option, registry
from checker.schemas import schema

KEY = "rule-options"
PAIRING_KEY = "pairing"
_KIND_NAMES = {int: "整数", float: "数字", str: "文本", bool: "是非值（true 或 false）", list: "列表", dict: "映射"}


def kind_name(kind: type) -> str:
    """The Chinese name of an option's type, as messages and ``guidelint rules ID`` say it."""
    return _KIND_NAMES.get(kind, kind.__name__)


def read_rule_options(root: Node | None) -> tuple[dict[str, dict[str, object]], list[tuple[int, str]]]:
    """The options set under ``rule-options`` in the config (its nodes), and every mistake (line, message)."""
    node = root.get(KEY) if root is not None else None
    if node is None:
        return {}, []
    if node.kind != "map":
        return {}, [(_line(node), f"{KEY}: 应为“规则编号: {{参数: 值}}”的映射")]
    options: dict[str, dict[str, object]] = {}
    problems = [(line, f"{KEY}: {message}") for line, message in _problems(node, options)]
    return options, problems


def _problems(node: Node, options: dict[str, dict[str, object]]) -> Iterator[tuple[int, str]]:
    rules = registry()
    for rule_id, settings in node.value.items():
        rule = rules.get(rule_id)
        if rule is None:
            yield _line(settings, key=True), f"未知的规则「{rule_id}」{_did_you_mean(rule_id, list(rules))}"
        elif not rule.declared:
            yield _line(settings, key=True), f"规则 {rule_id} 没有可设置的参数"
        elif settings.kind != "map":
            yield _line(settings), f"{rule_id} 应对应“参数: 值”的映射"
        else:
            yield from _rule_problems(rule_id, rule.declared, settings, options.setdefault(rule_id, {}))


def _rule_problems(
    rule_id: str, declared: dict[str, Option], settings: Node, chosen: dict[str, object]
) -> Iterator[tuple[int, str]]:
    for name, value in settings.value.items():
        option = declared.get(name)
        if option is None:
            known = "、".join(declared)
            hint = _did_you_mean(name, list(declared))
            yield _line(value, key=True), f"规则 {rule_id} 没有参数「{name}」{hint}（可设置：{known}）"
        elif not option.fits(value.plain()):
            yield _line(value), f"{rule_id} 的参数 {name} 应为{kind_name(option.kind)}"
        else:
            chosen[name] = value.plain()


def read_pairing_thresholds(root: Node | None) -> tuple[Overrides, list[tuple[int, str]]]:
    """The thresholds set under ``pairing`` in the config (its nodes), and every mistake (line, message)."""
    node = root.get(PAIRING_KEY) if root is not None else None
    if node is None:
        return (), []
    if node.kind != "map":
        return (), [(_line(node), f"{PAIRING_KEY}: 应为“scores 或 text: {{参数: 数值}}”的映射")]
    chosen: list[tuple[str, str, float]] = []
    found = _threshold_problems(node, thresholds(), chosen)
    problems = [(line, f"{PAIRING_KEY}: {message}") for line, message in found]
    return tuple(chosen), problems


def _threshold_problems(
    node: Node, allowed: dict[str, set[str]], chosen: list[tuple[str, str, float]]
) -> Iterator[tuple[int, str]]:
    for section, values in node.value.items():
        if section not in allowed:
            hint = _did_you_mean(section, list(allowed))
            yield _line(values, key=True), f"没有「{section}」这一部分{hint}（可设置：scores、text）"
        elif values.kind != "map":
            yield _line(values), f"{section} 应对应“参数: 数值”的映射"
        else:
            for name, value in values.value.items():
                number = value.plain()
                if name not in allowed[section]:
                    hint = _did_you_mean(name, sorted(allowed[section]))
                    yield _line(value, key=True), f"{section} 中没有可设置的阈值「{name}」{hint}"
                elif isinstance(number, bool) or not isinstance(number, (int, float)):
                    yield _line(value), f"{section} 的 {name} 应为数字"
                elif (wrong := _out_of_range(section, name, number)) is not None:
                    yield _line(value), wrong
                else:
                    chosen.append((section, name, float(number)))


def _out_of_range(section: str, name: str, number: float) -> str | None:
    """Why a threshold lies outside the range the pairing schema gives it (scores 0–100, shares 0–1)."""
    limits = schema("pairing")["properties"][section]["properties"][name]
    low, high = limits.get("minimum"), limits.get("maximum")
    if (low is None or number >= low) and (high is None or number <= high):
        return None
    if high is None:
        return f"{section} 的 {name} 不能小于 {low}，实际是 {number}"
    return f"{section} 的 {name} 应在 {low} 到 {high} 之间，实际是 {number}"


def _did_you_mean(name: str, known: list[str]) -> str:
    from rapidfuzz import fuzz, process  # here: only a misspelt threshold needs it

    match = process.extractOne(name, known, scorer=fuzz.ratio, score_cutoff=60)
    return f"，是否应为「{match[0]}」？" if match else ""


def _line(node: Node, key: bool = False) -> int:
    span: Span = node.key_span if key and node.key_span is not None else node.span
    return span.line
