"""The documents of one workspace folder as the rules see them, kept checked between edits.

Disk files are read once, through the result cache; each open buffer replaces its file. After
an edit only what the edit can change is computed again: the edited document's own phase (load,
model, document rules), the pairs it belongs to, and the corpus rules over its neighbourhood,
the documents that share a 实施编码 or 基本编码 with it before or after the edit (the corpus
rules compare nothing else; missing-counterpart also asks whether the folder holds any
checklist at all). Every other document keeps its model and its findings.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from checker.cache import Cache, config_cache
from checker.config import Config
from checker.corpus import Corpus
from checker.discover import Source, discover, excluded, kind_of
from checker.document import ChecklistDocument, Document, GuideDocument, build, read_bytes, too_large
from checker.engine import Checked, Runner, chunks, no_collections, read_input, settle
from checker.findings import Finding
from checker.server.links import Links

PairKey = tuple[str, str]  # (guide path, checklist path)


@dataclass
class _PairResult:
    guide: GuideDocument
    checklist: ChecklistDocument
    findings: list[Finding]


class Workspace:
    """One folder (or none: loose files, checked by the document rules alone) and its findings.

    Paths inside are relative to the folder, as ``guidelint check`` run there shows them, so that
    per-path ignores match alike; ``absolute`` turns them back into file paths.
    """

    def __init__(self, root: str | None, config: Config) -> None:
        self.root = root
        self.runner = Runner(config)
        self.crashes: list[str] = []
        self._checked: dict[str, Checked] = {}
        self._pairs: dict[PairKey, _PairResult] = {}
        self._pairs_by_path: dict[str, set[PairKey]] = {}
        self._links = Links()
        self._corpus: dict[str, list[Finding]] = {}
        self._settled: dict[str, list[Finding]] = {}
        self._had_checklists = False

    @property
    def config(self) -> Config:
        return self.runner.config

    def contains(self, path: str) -> bool:
        """Whether the file ``path`` lies in this workspace's folder."""
        if self.root is None:
            return False
        relative = os.path.relpath(path, self.root)
        return relative != os.pardir and not relative.startswith(os.pardir + os.sep)

    def key(self, path: str) -> str:
        return os.path.relpath(path, self.root) if self.root is not None else path

    def absolute(self, key: str) -> str:
        return os.path.join(self.root, key) if self.root is not None else key

    def load(self, buffers: dict[str, str]) -> None:
        """Read every document of the folder (``buffers``: open texts by file path) and check all."""
        with no_collections():  # as in a run: the collector would scan the new objects again and again
            self._load(buffers)

    def _load(self, buffers: dict[str, str]) -> None:
        self._checked.clear()
        if self.root is not None:
            patterns = self.config.exclude  # relative, as check sees them
            sources = [s for s in discover([self.root]).sources if not excluded(self.key(s.path), patterns)]
            on_disk = self._check_files([s for s in sources if s.path not in buffers])
            for source in sources:
                key, text = self.key(source.path), buffers.get(source.path)
                self._checked[key] = on_disk[key] if text is None else self._check(key, source.kind, text)
        for path, text in buffers.items():
            kind = kind_of(os.path.basename(path))
            if kind is not None and self.key(path) not in self._checked and not self._excluded(path):
                self._checked[self.key(path)] = self._check(self.key(path), kind, text)
        self._pairs.clear()
        self._pairs_by_path.clear()
        self._corpus.clear()
        self._settled.clear()
        self._links = Links()
        for checked in self._checked.values():
            self._links.add(checked.document)
        self._recheck(set(self._checked), full=True)

    def update(self, path: str, text: str | None) -> set[str]:
        """Check ``path`` again with the buffer ``text`` (None: its file on disk, or gone when the
        file no longer exists or lies in no folder); the file paths whose findings changed."""
        key, kind = self.key(path), kind_of(os.path.basename(path))
        if kind is None or self._excluded(path):
            return set()
        before = self._checked.get(key)
        self._links.remove(key)
        if text is None and (self.root is None or not os.path.exists(path)):
            self._checked.pop(key, None)
        else:
            self._checked[key] = self._check(key, kind, text)
            self._links.add(self._checked[key].document)
        seeds = [doc for doc in (before.document if before else None, self.document(key)) if doc]
        return {self.absolute(k) for k in self._recheck({key}, seeds=seeds)}

    def _excluded(self, path: str) -> bool:
        return self.root is not None and excluded(self.key(path), self.config.exclude)

    def document(self, key: str) -> Document | None:
        checked = self._checked.get(key)
        return checked.document if checked else None

    def findings(self, path: str) -> list[Finding]:
        """The findings of the file ``path``, as ``guidelint check`` reports them."""
        return self._settled.get(self.key(path), [])

    def _check(self, key: str, kind: str, text: str | None) -> Checked:
        """The per-document phase over a buffer's text, or over the file's bytes."""
        if text is not None:
            data = text.encode("utf-8", "surrogatepass")
            if len(data) > self.config.max_file_size:
                return self.runner.check_document(
                    Document(key, kind, faults=[too_large(len(data), self.config.max_file_size)])
                )
            return self.runner.check_document(build(key, kind, text))
        content, fault = read_bytes(self.absolute(key), self.config.max_file_size)
        if content is None:
            return self.runner.check_document(Document(key, kind, faults=[fault] if fault else []))
        return self.runner.check_document(build(key, kind, content))

    def _check_files(self, sources: list[Source]) -> dict[str, Checked]:
        """The per-document phase of files on disk, by key: from the result cache (in the folder,
        as ``guidelint check`` run there keeps it) where the same contents were checked before."""
        assert self.root is not None
        cache = config_cache(self.config, os.path.join(self.root, Cache.default_folder()))
        items = [read_input(Source(self.key(s.path), s.kind), self.config, cache, s.path) for s in sources]
        return {
            item.source.path: checked
            for chunk in chunks(items)
            for item, checked in zip(chunk, self.runner.check_chunk(chunk, cache), strict=True)
        }

    def _recheck(self, changed: set[str], seeds: Sequence[Document] = (), full: bool = False) -> set[str]:
        """Pairs and corpus rules where ``changed`` can matter, then settle the touched paths."""
        touched = set(changed)
        if self.root is not None:
            if self._links.has_checklists != self._had_checklists:  # missing-counterpart turns on or off
                full, self._had_checklists = True, self._links.has_checklists
            linked = set(self._checked) if full else self._links.neighbourhood(seeds)
            keys = sorted((linked | changed) & self._checked.keys())
            corpus = Corpus([self._checked[k].document for k in keys])
            stale = set(self._pairs) if full else {p for k in linked | changed for p in self._pairs_of(k)}
            touched |= self._recheck_pairs(corpus, stale)
            touched |= self._recheck_corpus(corpus, changed)
        return {key for key in touched if self._settle(key)}

    def _pairs_of(self, key: str) -> set[PairKey]:
        return self._pairs_by_path.get(key, set())

    def _recheck_pairs(self, corpus: Corpus, stale: set[PairKey]) -> set[str]:
        """Pair rules over ``corpus``'s pairs, in place of the ``stale`` ones; the paths touched."""
        touched: set[str] = set()
        previous = {key: self._pairs.pop(key) for key in stale}
        for key in stale:
            for path in key:
                self._pairs_by_path[path].discard(key)
            touched.update(key)
        for pair in corpus.pairs():
            key = (pair.guide.path, pair.checklist.path)
            kept = previous.get(key)
            if kept is None or kept.guide is not pair.guide or kept.checklist is not pair.checklist:
                findings, crashes = self.runner.check_pair(pair)
                self.crashes += crashes
                kept = _PairResult(pair.guide, pair.checklist, findings)
                touched.update(key)
            self._pairs[key] = kept
            for path in key:
                self._pairs_by_path.setdefault(path, set()).add(key)
        return touched

    def _recheck_corpus(self, corpus: Corpus, changed: set[str]) -> set[str]:
        """Corpus rules over ``corpus`` (a whole neighbourhood, with the ``changed`` paths); the
        paths whose findings they set."""
        findings, crashes = self.runner.check_corpus_rules(corpus)
        self.crashes += crashes
        touched = {doc.path for doc in corpus.documents} | changed
        for key in touched:
            self._corpus.pop(key, None)
        for finding in findings:
            self._corpus.setdefault(finding.path, []).append(finding)
        return touched | {f.path for f in findings}

    def _settle(self, key: str) -> bool:
        """Gather and settle the findings of ``key``; whether they changed."""
        checked = self._checked.get(key)
        if checked is None:
            return self._settled.pop(key, None) is not None
        found = list(checked.findings) + self._corpus.get(key, [])
        for pair_key in self._pairs_of(key):
            found += [f for f in self._pairs[pair_key].findings if f.path == key]
        settled = settle(self.runner, found, [checked.document])
        previous = self._settled.get(key)
        self._settled[key] = settled
        return previous != settled

