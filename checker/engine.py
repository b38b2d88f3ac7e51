"""Run the rules over the documents: one place decides order, precedence and filtering.

Two phases: every document alone (load, model, document rules — cacheable, and spread over
worker processes with ``jobs``), then the corpus at once (pair and corpus rules over the merged
models). Precedence, per-path ignores and suppressions apply to the findings of both.
"""

from __future__ import annotations

import gc
import os
import traceback
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property

from checker import suppress
from checker.cache import Cache
from checker.config import Config
from checker.context import Context
from checker.corpus import Corpus, Pair
from checker.discover import Source, discover, kind_of, siblings
from checker.document import ChecklistDocument, Document, GuideDocument, build, read, read_bytes
from checker.findings import SEVERITY_RANK, Finding, make_finding
from checker.load import Fault, decode
from checker.pairing.settings import Tuning, overridden
from checker.rules import Rule, registry

# A finding of the key rule is dropped where a finding of one of the value rules covers the
# same span: the most specific rule reports it.
OUTRANKED_BY = {"vague-wording": ("catch-all-clause", "umbrella-term")}
# The parts (top-level keys) of the guide and the checklist that a pair rule reads: a pair in
# which one of them cannot be read (missing, misspelt, of the wrong type) is not judged by that
# rule, since schema-invalid has said why; every other pair rule reads the materials.
PAIR_PARTS = {"checklist-unpublished-condition": ("受理条件", "受理前核验")}
MATERIAL_PARTS = ("申请材料", "收件材料")
# Corpus rules that compare parts across guides leave out a guide in which one cannot be read.
CORPUS_PARTS = {"divergent-standard": ("申请材料", "受理条件")}
# Below this many documents a process pool costs more than it saves.
PARALLEL_THRESHOLD = 64
# Files per cache chunk, on average.
CHUNK_SIZE = 32


@dataclass
class Result:
    findings: list[Finding]
    documents: list[Document]
    messages: list[str] = field(default_factory=list)  # paths skipped, and why
    excluded: int = 0  # named files left out by the configured exclude patterns
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
        options = {rule.id: {**rule.options, **config.rule_options.get(rule.id, {})} for rule in rules.values()}
        self.context = Context(options, config.glossaries, config.packs)

    @cached_property
    def tuning(self) -> Tuning:
        """How this run tunes the pairing: thresholds from the config, words from its packs."""
        vocabulary = self.context.vocabulary
        synonyms, holders = tuple(vocabulary.synonyms.items()), tuple(vocabulary.holders.items())
        return Tuning(self.config.pairing, synonyms, holders)

    def _collect(
        self, rule: Rule, subject: object, where: str, findings: list[Finding], crashes: list[str]
    ) -> None:
        if rule.check is None:
            return
        try:
            for problem in rule.check(subject, self.context):
                severity = self.config.severity.get(rule.id, problem.severity or rule.severity)
                findings.append(make_finding(problem, rule.id, severity))
        except Exception:  # a bug in one rule must not stop the others
            crashes.append(f"{where}: 规则 {rule.id} 内部错误\n{traceback.format_exc()}")

    def check_document(self, doc: Document) -> Checked:
        findings: list[Finding] = []
        crashes: list[str] = []
        subjects = _document_subjects(doc)
        with overridden(self.tuning):  # once per document: the rules run within it
            for rule in self.active:
                subject = subjects.get(rule.scope)
                if subject is not None:
                    self._collect(rule, subject, doc.path, findings, crashes)
        doc.root = None  # later phases see the model only; this keeps results small to pass on
        return Checked(doc, findings, crashes)

    def check_corpus(self, documents: list[Document]) -> tuple[list[Finding], list[str]]:
        corpus = Corpus(documents)
        findings, crashes = self.check_corpus_rules(corpus)
        for pair in corpus.pairs():
            pair_findings, pair_crashes = self.check_pair(pair)
            findings += pair_findings
            crashes += pair_crashes
        return findings, crashes

    def check_pair(self, pair: Pair) -> tuple[list[Finding], list[str]]:
        """The pair rules over one guide and its checklist."""
        return self._check_scope("pair", pair, pair.checklist.path)

    def check_corpus_rules(self, corpus: Corpus) -> tuple[list[Finding], list[str]]:
        """The corpus rules (not the pair rules) over ``corpus``."""
        return self._check_scope("corpus", corpus, "corpus")

    def _check_scope(self, scope: str, subject: Pair | Corpus, where: str) -> tuple[list[Finding], list[str]]:
        findings: list[Finding] = []
        crashes: list[str] = []
        with overridden(self.tuning):
            for rule in self.active:
                if rule.scope != scope:
                    continue
                if isinstance(subject, Pair):
                    parts = PAIR_PARTS.get(rule.id, MATERIAL_PARTS)
                    if _reads(subject.guide.document, parts) and _reads(subject.checklist.document, parts):
                        self._collect(rule, subject, where, findings, crashes)
                else:
                    self._collect(rule, _readable(subject, CORPUS_PARTS.get(rule.id, ())), where, findings, crashes)
        return findings, crashes

    def check_input(self, item: Input) -> Checked:
        """One file read by ``read_input``."""
        if item.data is None:
            faults = [item.fault] if item.fault else []
            return self.check_document(Document(item.source.path, item.source.kind, faults=faults))
        return self.check_document(build(item.source.path, item.source.kind, item.data))

    def check_chunk(self, chunk: list[Input], cache: Cache | None) -> list[Checked]:
        """A chunk of files, from the cache when all their contents were seen together before."""
        key = _chunk_key(chunk, cache)
        if key and cache is not None:
            hit = cache.get(key, list[Checked])
            if hit is not None and len(hit) == len(chunk) and all(_plausible(c.findings) for c in hit):
                return hit
        checked = [self.check_input(item) for item in chunk]
        if key and cache is not None and not any(c.crashes for c in checked):
            cache.put(key, checked, list[Checked])
        return checked


def _document_subjects(doc: Document) -> dict[str, Document | GuideDocument | ChecklistDocument | None]:
    """What each per-document scope's rules receive: every document, a built guide, a built
    checklist (a guide rule never sees a checklist nor a guide whose model failed)."""
    return {
        "document": doc,
        "guide": doc.as_guide() if doc.kind == "guide" else None,
        "checklist": doc.as_checklist() if doc.kind == "checklist" else None,
    }


def _reads(doc: Document, parts: tuple[str, ...]) -> bool:
    """Whether every one of ``parts`` can be read in ``doc``."""
    return set(parts).isdisjoint(doc.unreadable)


def _readable(corpus: Corpus, parts: tuple[str, ...]) -> Corpus:
    """The corpus without the documents in which one of ``parts`` cannot be read."""
    kept = [doc for doc in corpus.documents if _reads(doc, parts)]
    return corpus if len(kept) == len(corpus.documents) else Corpus(kept)


@dataclass
class Input:
    """A file to check, as read: its bytes and their cache key, or why it cannot be read."""

    source: Source
    data: bytes | None
    fault: Fault | None
    key: str = ""


@dataclass
class RunSummary:
    """The findings of a whole run, cached under the keys of all its files together: a re-run
    over unchanged files needs neither the documents' models nor the corpus rules."""

    findings: list[Finding]


def read_input(source: Source, config: Config, cache: Cache | None, location: str = "") -> Input:
    """``source`` read from ``location`` (default: its path)."""
    data, fault = read_bytes(location or source.path, config.max_file_size)
    key = cache.key(source.path, source.kind, data) if cache is not None and data is not None else ""
    return Input(source, data, fault, key)


def chunks(items: list[Input]) -> list[list[Input]]:
    """Cut the files into chunks of about CHUNK_SIZE, the unit of caching and of parallel work.
    A chunk ends after a file whose cache key falls on a boundary (content-defined, as in
    rsync): editing, adding or removing one file changes one chunk, not all those after it."""
    result: list[list[Input]] = [[]]
    for item in items:
        result[-1].append(item)
        boundary = int(item.key[:8], 16) % CHUNK_SIZE == 0 if item.key else False
        if boundary or len(result[-1]) >= 4 * CHUNK_SIZE:
            result.append([])
    return [chunk for chunk in result if chunk]


def _chunk_key(chunk: list[Input], cache: Cache | None) -> str:
    """The cache key of a chunk; none when a file of it could not be read."""
    if cache is None or not all(item.key for item in chunk):
        return ""
    return cache.combined_key(["chunk", *(item.key for item in chunk)])


def _check_chunks(batch: list[list[Input]], config: Config, cache: Cache | None) -> list[list[Checked]]:
    runner = Runner(config)
    return [runner.check_chunk(chunk, cache) for chunk in batch]


def _check_inputs(items: list[Input], runner: Runner, jobs: int, cache: Cache | None) -> list[Checked]:
    work = chunks(items)
    if jobs <= 1 or len(items) < PARALLEL_THRESHOLD:
        return [checked for chunk in work for checked in runner.check_chunk(chunk, cache)]
    _ = runner.context.vocabulary  # load once before forking: the workers inherit it
    size = max(1, -(-len(work) // (jobs * 4)))
    batches = [work[i : i + size] for i in range(0, len(work), size)]
    import multiprocessing  # here, not at the top: a single file never starts a pool
    from concurrent.futures import ProcessPoolExecutor

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context(method)) as pool:
        results = pool.map(_check_chunks, batches, [runner.config] * len(batches), [cache] * len(batches))
        return [checked for batch in results for chunk in batch for checked in chunk]


def default_jobs() -> int:
    """The cores this process may use, less those that other programs keep busy right now (as
    ``make -l`` does): on a loaded machine, worker processes cost more than they save."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, cores - _busy_elsewhere())


def _busy_elsewhere(loadavg: str = "/proc/loadavg") -> int:
    """How many other processes are running at this moment (Linux's ``/proc/loadavg`` counts the
    runnable ones, this one included); 0 where the system does not say."""
    try:
        with open(loadavg, encoding="ascii") as f:
            running = f.read().split()[3].split("/")[0]
        return max(0, int(running) - 1)
    except (OSError, IndexError, ValueError):
        return 0


def run(
    paths: list[str], config: Config, jobs: int = 1, cache: Cache | None = None, models: bool = True
) -> Result:
    """Discover, check and filter: the whole of ``guidelint check``. With ``models=False`` the
    documents of the result carry their text only (enough for a report), which lets a re-run
    over unchanged files take its findings from the cache at once."""
    found = discover(paths, config.exclude, config.glossaries + config.packs)
    sources = found.sources
    runner = Runner(config)
    with no_collections():
        items = [read_input(source, config, cache) for source in sources]
        run_key = (
            cache.combined_key(["run", *(i.key or i.source.path for i in items)])
            if cache and not models
            else ""
        )
        summary = cache.get(run_key, RunSummary) if run_key and cache is not None else None
        if summary is not None and _plausible(summary.findings):
            result = Result(summary.findings, [_text_only(item) for item in items])
        else:
            result = _finish(runner, _check_inputs(items, runner, jobs, cache))
            if run_key and cache is not None and not result.crashes:
                cache.put(run_key, RunSummary(result.findings), RunSummary)
    if not all(s.reported for s in sources):
        result = _reported_only(result, {s.path for s in sources if s.reported})
    result.messages, result.excluded = found.messages, found.excluded
    return result


def _reported_only(result: Result, reported: set[str]) -> Result:
    """The findings and documents of the named files; their folders' other documents were read
    only so that pair and corpus rules see each named document's counterpart."""
    findings = [f for f in result.findings if f.path in reported]
    documents = [d for d in result.documents if d.path in reported]
    return Result(findings, documents, crashes=result.crashes)


def _plausible(findings: list[Finding]) -> bool:
    """Cached findings name known rules and severities (a reporter relies on both)."""
    rules = registry()
    return all(f.rule in rules and f.severity in SEVERITY_RANK for f in findings)


def _text_only(item: Input) -> Document:
    text = decode(item.data)[0] if item.data is not None else None
    return Document(item.source.path, item.source.kind, text=text)


@contextmanager
def no_collections() -> Iterator[None]:
    """Pause the cycle collector while checking: a run allocates millions of small objects
    that live until the report, and Python's default thresholds spend about a third of the
    time scanning them again and again (benchmarks/README.md). Reference counting still frees
    everything that is not a cycle; the collector runs once at the end."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def check_stdin(path: str, data: bytes, config: Config) -> Result:
    """The document read from standard input as the file ``path`` (``--stdin-filename``): the
    other documents of its folder are read from disk as its context, the findings are its own."""
    kind = kind_of(os.path.basename(path)) or ""
    context = [read(s.path, s.kind, config.max_file_size) for s in siblings(path, config.exclude)]
    result = check_documents([build(path, kind, data), *context], config)
    return _reported_only(result, {path})


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
    return Result(settle(runner, findings, documents), documents, crashes=crashes + corpus_crashes)


def settle(runner: Runner, findings: list[Finding], documents: list[Document]) -> list[Finding]:
    """Precedence, per-path ignores and suppressions over the findings of ``documents``, sorted."""
    findings = _resolve_precedence(findings)
    config = runner.config
    findings = [f for f in findings if not config.ignored_at(f.path, f.rule)]
    findings = _suppress(findings, documents, config, {r.id for r in runner.active})
    return sorted(set(findings), key=Finding.sort_key)


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
            kept.append(make_finding(suppress.note_problem(path, item, what, rules), rule_id, severity))
    return kept
