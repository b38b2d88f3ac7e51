"""``rule-options`` in guidelint.yaml: rule id → option → value, checked against each rule's
declared OPTIONS, with the line of each mistake taken from the parsed nodes."""

from __future__ import annotations

from collections.abc import Iterator

from rapidfuzz import fuzz, process

from checker.findings import Span
from checker.load import Node, load_text
from checker.rules import Option, registry

KEY = "rule-options"
_KIND_NAMES = {int: "整数", float: "数字", str: "文本", bool: "是非值（true 或 false）", list: "列表"}


def read_rule_options(text: str) -> tuple[dict[str, dict[str, object]], list[tuple[int, str]]]:
    """The options set under ``rule-options`` in the config ``text``, and every mistake (line, message)."""
    root = load_text(text).root
    node = root.get(KEY) if root is not None else None
    if node is None:
        return {}, []
    if node.kind != "map":
        return {}, [(_line(node), "应为“规则编号: {参数: 值}”的映射")]
    options: dict[str, dict[str, object]] = {}
    problems = list(_problems(node, options))
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
            yield _line(value), f"{rule_id} 的参数 {name} 应为{_KIND_NAMES.get(option.kind, option.kind.__name__)}"
        else:
            chosen[name] = value.plain()


def _did_you_mean(name: str, known: list[str]) -> str:
    match = process.extractOne(name, known, scorer=fuzz.ratio, score_cutoff=60)
    return f"，是否应为「{match[0]}」？" if match else ""


def _line(node: Node, key: bool = False) -> int:
    span: Span = node.key_span if key and node.key_span is not None else node.span
    return span.line
