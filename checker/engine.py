"""Run the rules over the documents: one place decides order, precedence and filtering."""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field

from checker import suppress
from checker.config import Config
from checker.context import Context
from checker.corpus import Corpus
from checker.discover import discover
from checker.document import Document, read
from checker.findings import Finding, make_finding
from checker.rules import Rule, registry

# A finding of the key rule is dropped where a finding of one of the value rules covers the
# same span: the most specific rule reports it.
OUTRANKED_BY = {"vague-wording": ("catch-all-clause", "umbrella-term")}
_DOCUMENT_SCOPES = {"document": None, "guide": "guide", "checklist": "checklist"}


@dataclass
class Result:
    findings: list[Finding]
    documents: list[Document]
    messages: list[str] = field(default_factory=list)  # paths not found
    crashes: list[str] = field(default_factory=list)  # internal errors, with their location


def run(paths: list[str], config: Config) -> Result:
    sources, messages = discover(paths, config.exclude)
    documents = [read(s.path, s.kind, config.max_file_size) for s in sources]
    result = check_documents(documents, config)
    result.messages = messages
    return result


def make_context(config: Config) -> Context:
    options = {rule.id: rule.options for rule in registry().values()}
    return Context(options, config.glossaries, config.packs)


def check_documents(documents: list[Document], config: Config) -> Result:
    rules = registry()
    active = [rules[r] for r in config.active_rules(list(rules))]
    context = make_context(config)
    crashes: list[str] = []
    findings: list[Finding] = []

    def collect(rule: Rule, subject, where: str) -> None:
        try:
            for problem in rule.check(subject, context):
                severity = config.severity.get(rule.id, rule.severity)
                findings.append(make_finding(problem, rule.id, severity))
        except Exception:  # a bug in one rule must not stop the others
            crashes.append(f"{where}: 规则 {rule.id} 内部错误\n{traceback.format_exc()}")

    for doc in documents:
        for rule in active:
            if rule.scope in _DOCUMENT_SCOPES and rule.check is not None:
                wanted = _DOCUMENT_SCOPES[rule.scope]
                if wanted is None or (doc.model is not None and doc.kind == wanted):
                    collect(rule, doc, doc.path)
    corpus = Corpus(documents)
    pairs = corpus.pairs()
    for rule in active:
        if rule.scope == "pair":
            for pair in pairs:
                collect(rule, pair, pair.checklist.path)
        elif rule.scope == "corpus":
            collect(rule, corpus, "corpus")

    findings = _resolve_precedence(findings)
    findings = [f for f in findings if not config.ignored_at(f.path, f.rule)]
    findings = _suppress(findings, documents, config, {r.id for r in active}, set(rules))
    return Result(sorted(set(findings), key=Finding.sort_key), documents, crashes=crashes)


def _resolve_precedence(findings: list[Finding]) -> list[Finding]:
    strong: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        strong.setdefault((f.path, f.rule), []).append(f)

    def outranked(f: Finding) -> bool:
        return any(
            g.span.overlaps(f.span)
            for rule in OUTRANKED_BY.get(f.rule, ())
            for g in strong.get((f.path, rule), ())
        )

    return [f for f in findings if not outranked(f)]


def _suppress(
    findings: list[Finding], documents: list[Document], config: Config, active: set[str], known: set[str]
) -> list[Finding]:
    by_path = {d.path: d.suppressions for d in documents if d.suppressions}
    kept, notes = suppress.apply(findings, by_path, active, known)
    rules = registry()
    for path, item, what in notes:
        rule_id = "suppression-missing-reason" if what == "missing-reason" else "unused-suppression"
        if rule_id in active and not config.ignored_at(path, rule_id):
            problem = suppress.note_problem(path, item, what)
            kept.append(make_finding(problem, rule_id, config.severity.get(rule_id, rules[rule_id].severity)))
    return kept
