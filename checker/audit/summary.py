"""Findings aggregated for inspectors: per item, district, implementing body, rule and severity.

An item is a guide and the window checklist paired with it (by 实施编码, as the pair rules pair
them). Its district is the guide's 行政区划; an item without a readable guide takes the first
folder below the path given on the command line (matched to a known 行政区划 ending with it).
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field

from checker.corpus import Corpus
from checker.document import Document
from checker.findings import SEVERITIES, SEVERITY_RANK, Finding

UNKNOWN = "未注明"


def causes_failed_visit(finding: Finding) -> bool:
    """An error where the window and the guide disagree: the applicant may be turned away."""
    return finding.severity == "error" and (
        finding.rule.startswith("checklist-") or finding.rule == "guide-unchecked-material"
    )


@dataclass
class Item:
    """A guide and its checklist (or a lone document), with the findings in their files."""

    key: str  # 实施编码, or the folder when there is none
    name: str
    district: str
    body: str
    paths: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    code: str = ""  # 实施编码 as written, "" when no document gives one

    @property
    def counts(self) -> Counter:
        return Counter(f.severity for f in self.findings)

    @property
    def at_risk(self) -> bool:
        return any(causes_failed_visit(f) for f in self.findings)

    def rank_key(self) -> tuple:
        return (_worst_first(self.counts), self.district, self.key)


@dataclass
class Summary:
    items: list[Item]  # worst first: most errors, then most warnings
    files: int

    @property
    def findings(self) -> list[Finding]:
        return [f for item in self.items for f in item.findings]

    @property
    def by_severity(self) -> Counter:
        return Counter(f.severity for f in self.findings)

    @property
    def at_risk(self) -> list[Item]:
        return [item for item in self.items if item.at_risk]

    def by_district(self) -> dict[str, Counter]:
        return _group(self.items, lambda item: item.district)

    def by_body(self) -> dict[str, Counter]:
        return _group(self.items, lambda item: item.body)

    def by_rule(self) -> dict[str, Counter]:
        """Rule → findings per severity (configuration may change a rule's severity), most first."""
        groups: dict[str, Counter] = {}
        for f in self.findings:
            groups.setdefault(f.rule, Counter())[f.severity] += 1
        return dict(sorted(groups.items(), key=lambda kv: (-kv[1].total(), kv[0])))

    def counts(self) -> list[tuple[str, str, str, int]]:
        """(district, rule, severity, count) rows, as the history stores them."""
        tally = Counter((item.district, f.rule, f.severity) for item in self.items for f in item.findings)
        return [(d, r, s, n) for (d, r, s), n in sorted(tally.items())]

    @property
    def districts(self) -> list[str]:
        return sorted({item.district for item in self.items})

    @property
    def rules(self) -> list[str]:
        return sorted({f.rule for f in self.findings})


def _worst_first(counts: Counter) -> tuple[int, ...]:
    return tuple(-counts[s] for s in SEVERITIES)


def _group(items: list[Item], key) -> dict[str, Counter]:
    """Findings per severity for each group, every group listed (also those without findings),
    the groups with most errors, then warnings, first."""
    groups: dict[str, Counter] = {}
    for item in items:
        groups.setdefault(key(item), Counter()).update(item.counts)
    return dict(sorted(groups.items(), key=lambda kv: (_worst_first(kv[1]), kv[0])))


def summarize(documents: list[Document], findings: list[Finding], roots: list[str]) -> Summary:
    """Group documents into items and their findings by item."""
    items: dict[str, Item] = {}  # by the path of the item's guide
    lone: dict[str, Item] = {}  # items without a guide, by key
    item_of: dict[str, Item] = {}  # document path → item
    for doc in documents:
        guide = doc.guide
        if guide is not None:
            item = Item(
                key=_value(guide.code) or _folder(doc.path),
                name=_value(guide.name) or _folder_name(doc.path),
                district=_value(guide.region) or "",
                body=_value(guide.body) or UNKNOWN,
                code=_value(guide.code) or "",
            )
            items[doc.path] = item_of[doc.path] = item
    for pair in Corpus(documents).pairs():
        item_of[pair.checklist.path] = items[pair.guide.path]
    by_folder = {os.path.dirname(path): item for path, item in items.items()}
    for doc in documents:
        if doc.path not in item_of:
            item_of[doc.path] = _lone_item(doc, by_folder, lone)
    for doc in documents:
        item_of[doc.path].paths.append(doc.path)
    for f in findings:
        if f.path not in item_of:
            item_of[f.path] = _lone_item(Document(f.path, ""), by_folder, lone)
        item_of[f.path].findings.append(f)
    unique = list(items.values()) + list(lone.values())
    _fill_districts(unique, roots)
    for item in unique:
        item.findings.sort(key=lambda f: (-SEVERITY_RANK[f.severity], *f.sort_key()))
    return Summary(sorted(unique, key=Item.rank_key), files=len(documents))


def _lone_item(doc: Document, by_folder: dict[str, Item], lone: dict[str, Item]) -> Item:
    """The item of a document not paired through a guide: the guide's item in the same folder,
    else an item of its own keyed by its 实施编码 (or folder)."""
    folder = os.path.dirname(doc.path)
    if folder in by_folder:
        return by_folder[folder]
    checklist = doc.checklist
    code = (_value(checklist.code) if checklist else None) or ""
    key = code or folder
    if key not in lone:
        name = (_value(checklist.name) if checklist else None) or _folder_name(doc.path)
        lone[key] = Item(key=key, name=name, district="", body=UNKNOWN, code=code)
    return lone[key]


def _fill_districts(items: list[Item], roots: list[str]) -> None:
    """Items without a 行政区划 take the folder below the root, or the known region ending with it."""
    regions = {item.district for item in items if item.district}
    for item in items:
        if item.district:
            continue
        folder = _first_folder(item.paths[0] if item.paths else item.key, roots)
        matches = [r for r in regions if folder and r.endswith(folder)]
        item.district = matches[0] if len(matches) == 1 else folder or UNKNOWN


def _first_folder(path: str, roots: list[str]) -> str:
    for root in roots:
        rel = os.path.relpath(path, root)
        parts = rel.replace(os.sep, "/").split("/")
        if not rel.startswith("..") and len(parts) > 1:
            return parts[0]
    return ""


def _value(located) -> str | None:
    return located.value if located is not None else None


def _folder(path: str) -> str:
    return os.path.dirname(path) or "."


def _folder_name(path: str) -> str:
    return os.path.basename(os.path.dirname(os.path.abspath(path))) or path
