"""Run the rules over the documents: one place decides order, precedence and filtering.

Two phases: every document alone (load, model, document rules — cacheable, and spread over
worker processes with ``jobs``), then the corpus at once (pair and corpus rules over the merged
models). Precedence, per-path ignores and suppressions apply to the findings of both.
"""

from __future__ import annotations

import multiprocessing
import os
import traceback
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from checker import suppress
from checker.cache import Cache
from checker.config import Config
from checker.context import Context
from checker.corpus import Corpus
from checker.discover import Source, discover
from checker.document import Document, build, read_bytes
from checker.findings import Finding, make_finding
from checker.rules import Rule, registry

# A finding of the key rule is dropped where a finding of one of the value rules covers the
# same span: the most specific rule reports it.
OUTRANKED_BY = {"vague-wording": ("catch-all-clause", "umbrella-term")}
_DOCUMENT_SCOPES = {"document": None, "guide": "guide", "checklist": "checklist"}
# Below this many documents a process pool costs more than it saves.
PARALLEL_THRESHOLD = 64


@dataclass
class Result:
    findings: list[Finding]
    documents: list[Document]
    messages: list[str] = field(default_factory=list)  # paths not found
    crashes: list[str] = field(default_factory=list)  # internal errors, with their location


@dataclass
class Checked:
    """One document after the per-document phase (what the cache stores)."""

    document: Document
    findings: list[Finding]
    crashes: list[str]


class Runner:
    """The active rules and their context, for one configuration."""

    def __init__(self, config: Config) -> None:
        rules = registry()
        self.config = config
        self.active = [rules[r] for r in config.active_rules(list(rules))]
        options = {rule.id: rule.options for rule in rules.values()}
        self.context = Context(options, config.glossaries, config.packs)

    def _collect(self, rule: Rule, subject, where: str, findings: list, crashes: list) -> None:
        try:
            for problem in rule.check(subject, self.context):
                severity = self.config.severity.get(rule.id, problem.severity or rule.severity)
                findings.append(make_finding(problem, rule.id, severity))
        except Exception:  # a bug in one rule must not stop the others
            crashes.append(f"{where}: 规则 {rule.id} 内部错误\n{traceback.format_exc()}")

    def check_document(self, doc: Document) -> Checked:
        findings: list[Finding] = []
        crashes: list[str] = []
        for rule in self.active:
            wanted = _DOCUMENT_SCOPES.get(rule.scope, "")
            if rule.check is None or wanted == "":
                continue
            if wanted is None or (doc.model is not None and doc.kind == wanted):
                self._collect(rule, doc, doc.path, findings, crashes)
        doc.root = None  # later phases see the model only; this keeps results small to pass on
        return Checked(doc, findings, crashes)

    def check_corpus(self, documents: list[Document]) -> tuple[list[Finding], list[str]]:
        findings: list[Finding] = []
        crashes: list[str] = []
        corpus = Corpus(documents)
        pairs = corpus.pairs()
        for rule in self.active:
            if rule.scope == "pair":
                for pair in pairs:
                    self._collect(rule, pair, pair.checklist.path, findings, crashes)
            elif rule.scope == "corpus":
                self._collect(rule, corpus, "corpus", findings, crashes)
        return findings, crashes

    def check_source(self, source: Source, cache: Cache | None) -> Checked:
        data, fault = read_bytes(source.path, self.config.max_file_size)
        if fault is not None:
            return self.check_document(Document(source.path, source.kind, faults=[fault]))
        key = cache.key(source.path, source.kind, data) if cache else None
        if key is not None:
            hit = cache.get(key)
            if isinstance(hit, Checked):
                return hit
        checked = self.check_document(build(source.path, source.kind, data))
        if key is not None and not checked.crashes:
            cache.put(key, checked)
        return checked


def _check_chunk(sources: list[Source], config: Config, cache: Cache | None) -> list[Checked]:
    runner = Runner(config)
    return [runner.check_source(source, cache) for source in sources]


def _check_sources(sources: list[Source], runner: Runner, jobs: int, cache: Cache | None) -> list[Checked]:
    if jobs <= 1 or len(sources) < PARALLEL_THRESHOLD:
        return [runner.check_source(source, cache) for source in sources]
    _ = runner.context.vocabulary  # load once before forking: the workers inherit it
    size = max(1, -(-len(sources) // (jobs * 4)))
    chunks = [sources[i : i + size] for i in range(0, len(sources), size)]
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context(method)) as pool:
        results = pool.map(_check_chunk, chunks, [runner.config] * len(chunks), [cache] * len(chunks))
        return [checked for chunk in results for checked in chunk]


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def run(paths: list[str], config: Config, jobs: int = 1, cache: Cache | None = None) -> Result:
    """Discover, check and filter: the whole of ``guidelint check``."""
    sources, messages = discover(paths, config.exclude)
    runner = Runner(config)
    result = _finish(runner, _check_sources(sources, runner, jobs, cache))
    result.messages = messages
    return result


def check_documents(documents: list[Document], config: Config) -> Result:
    """Check documents already in memory (examples, tests, review of a git revision)."""
    runner = Runner(config)
    return _finish(runner, [runner.check_document(doc) for doc in documents])


def _finish(runner: Runner, checked: list[Checked]) -> Result:
    documents = [c.document for c in checked]
    findings = [f for c in checked for f in c.findings]
    crashes = [message for c in checked for message in c.crashes]
    corpus_findings, corpus_crashes = runner.check_corpus(documents)
    findings += corpus_findings
    findings = _resolve_precedence(findings)
    config = runner.config
    findings = [f for f in findings if not config.ignored_at(f.path, f.rule)]
    findings = _suppress(findings, documents, config, {r.id for r in runner.active})
    return Result(sorted(set(findings), key=Finding.sort_key), documents, crashes=crashes + corpus_crashes)


def _resolve_precedence(findings: list[Finding]) -> list[Finding]:
    by_rule: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        by_rule.setdefault((f.path, f.rule), []).append(f)

    def outranked(f: Finding) -> bool:
        return any(
            g.span.overlaps(f.span)
            for rule in OUTRANKED_BY.get(f.rule, ())
            for g in by_rule.get((f.path, rule), ())
        )

    return [f for f in findings if not outranked(f)]


def _suppress(
    findings: Iterable[Finding], documents: list[Document], config: Config, active: set[str]
) -> list[Finding]:
    rules = registry()
    by_path = {d.path: d.suppressions for d in documents if d.suppressions}
    kept, notes = suppress.apply(findings, by_path, active, set(rules))
    for path, item, what in notes:
        rule_id = "suppression-missing-reason" if what == "missing-reason" else "unused-suppression"
        if rule_id in active and not config.ignored_at(path, rule_id):
            severity = config.severity.get(rule_id, rules[rule_id].severity)
            kept.append(make_finding(suppress.note_problem(path, item, what), rule_id, severity))
    return kept
