"""``guidelint review OLD NEW``: what a change to a guide (or a window checklist) means for
applicants.

Two versions of one guide are compared field by field (checker/review/fields.py, materials in
checker/review/materials.py), two versions of a checklist by what the window collects and
verifies (checker/review/checklists.py); every difference an applicant would notice becomes a
Change with one Chinese sentence and NEW's line, and checker/review/verdict.py weighs them into
one verdict. Either side may be absent (``/dev/null``): a new or a deleted document. The
findings NEW has and OLD had not are listed beside them, and those the change removed,
compared by rule and content as a baseline is, so shifted lines and a renamed file do not count.
Both sides are checked with the documents beside NEW (its window checklists, or a checklist's
guide), so the findings that differ are the change's own.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cached_property

from checker.baseline import Baseline, Key, offending_content
from checker.config import Config
from checker.discover import kind_of
from checker.document import Document, build
from checker.engine import check_documents
from checker.findings import Finding
from checker.model import Checklist, Guide
from checker.review.base import Change, value
from checker.review.checklists import checklist_changes
from checker.review.fields import KIND_LABELS as FIELD_LABELS
from checker.review.fields import compare
from checker.review.verdict import NEW_ITEM, REMOVED_ITEM, UNJUDGED, Verdict, judge
from checker.revision import RevisionError, Version, read_version
from checker.text.vocabulary import load_vocabulary

__all__ = ["ABSENT", "KIND_LABELS", "Change", "Review", "run_review"]

ABSENT = os.devnull  # OLD for a new document, NEW for a deleted one
KIND_LABELS = {
    **FIELD_LABELS,
    "item-added": "新发布",
    "item-removed": "删除",
    "window-material-added": "窗口新增收取",
    "window-material-removed": "窗口不再收取",
    "window-material-changed": "窗口收取份数变化",
    "window-check-added": "窗口新增核验",
    "window-check-removed": "窗口不再核验",
    "window-check-changed": "窗口核验变化",
}
_NOUNS = {"guide": "办事指南", "checklist": "收件清单"}


@dataclass
class Review:
    old: str
    new: str
    title: str
    changes: list[Change]
    findings: list[Finding]  # findings NEW has and OLD had not
    source_lines: dict[str, list[str]]  # both sides' documents, by label
    notes: list[str] = field(default_factory=list)
    crashes: list[str] = field(default_factory=list)
    verdict: Verdict = field(default_factory=lambda: judge([]))
    kind: str = "guide"  # or "checklist"
    item: dict[str, str] = field(default_factory=dict)  # 事项名称, 实施编码, … of the item reviewed
    resolved: list[Finding] = field(default_factory=list)  # findings OLD had and NEW has not
    changed_lines: list[int] = field(default_factory=list)  # NEW's lines that differ from OLD
    removed_lines: dict[int, list[str]] = field(
        default_factory=dict
    )  # NEW's line → OLD's lines dropped after it
    compared: bool = True  # False when a side could not be read as a document of its kind


def _finding_key(own_label: str, lines: dict[str, list[str]]) -> Callable[[Finding], Key]:
    def key(f: Finding) -> Key:
        path = "NEW" if f.path == own_label else f.path
        return path, f.rule, offending_content(f, lines.get(f.path, []))

    return key


def _read(spec: str) -> Version | None:
    return None if spec == ABSENT else read_version(spec)


def _kind(version: Version) -> str:
    return "checklist" if kind_of(os.path.basename(version.label)) == "checklist" else "guide"


@dataclass
class _Side:
    """One version checked: its own document first, then the documents beside NEW."""

    label: str
    documents: list[Document]
    findings: list[Finding]
    crashes: list[str]

    @property
    def model(self) -> Guide | Checklist | None:
        return self.documents[0].model if self.documents else None

    @cached_property
    def lines(self) -> dict[str, list[str]]:
        return {d.path: d.text.splitlines() for d in self.documents if d.text is not None}


def _check(
    version: Version | None, kind: str, neighbours: Callable[[], list[Document]], config: Config
) -> _Side:
    if version is None:
        return _Side(ABSENT, [], [], [])
    documents = [build(version.label, kind, version.data), *neighbours()]
    result = check_documents(documents, config)
    return _Side(version.label, documents, result.findings, result.crashes)


def run_review(old_spec: str, new_spec: str, config: Config) -> Review:
    """Compare two versions of a guide or of a checklist; either may be ABSENT."""
    old, new = _read(old_spec), _read(new_spec)
    present = new or old
    if present is None:
        raise RevisionError(f"OLD 和 NEW 不能都是 {ABSENT}")
    kinds = {_kind(v) for v in (old, new) if v is not None}
    if len(kinds) > 1:
        raise RevisionError(f"「{old_spec}」和「{new_spec}」一个是办事指南、一个是收件清单，无法比较")
    kind = kinds.pop()
    beside = present.checklists if kind == "guide" else present.guides
    other = "checklist" if kind == "guide" else "guide"

    def neighbours() -> list[Document]:
        return [build(label, other, data) for label, data in beside.items()]

    before, after = _check(old, kind, neighbours, config), _check(new, kind, neighbours, config)
    old_key, new_key = _finding_key(before.label, before.lines), _finding_key(after.label, after.lines)
    added, _ = Baseline.from_findings(before.findings, old_key).match(after.findings, new_key)
    resolved, _ = Baseline.from_findings(after.findings, new_key).match(before.findings, old_key)
    notes, changes = _compare(before, after, kind, config)
    compared = not any(side.documents and side.model is None for side in (before, after))
    absent = NEW_ITEM if old is None else REMOVED_ITEM if new is None else "" if compared else UNJUDGED
    model = after.model or before.model  # the item is named by the version that can be read
    return Review(
        before.label,
        after.label,
        (value(model.name) if model is not None else None) or os.path.basename(present.label),
        changes,
        sorted(added, key=Finding.sort_key),
        {**before.lines, **after.lines},
        notes,
        before.crashes + after.crashes,
        judge(changes, absent),
        kind,
        _item(model),
        sorted(resolved, key=Finding.sort_key),
        *_line_changes(before, after),
        compared,
    )


def _compare(before: _Side, after: _Side, kind: str, config: Config) -> tuple[list[str], list[Change]]:
    """Notes for the reviewer (unreadable sides, different items, a rename) and the changes."""
    noun = _NOUNS[kind]
    old, new = before.model, after.model
    if not after.documents:
        return [], [_removed(noun)]
    unreadable = [side.label for side in (before, after) if side.documents and side.model is None]
    if unreadable:
        return [f"「{'、'.join(unreadable)}」无法解析为{noun}，未比较内容，只列出问题"], []
    if old is None or new is None:
        return [], [_added(new)]
    notes = _identity(old, new) + _rename(before.label, after.label)
    vocabulary = load_vocabulary(config.glossaries, config.packs)
    if isinstance(old, Guide) and isinstance(new, Guide):
        return notes, compare(old, new, vocabulary)
    if isinstance(old, Checklist) and isinstance(new, Checklist):
        return notes, checklist_changes(old, new, vocabulary)
    return notes, []


def _added(model: Guide | Checklist | None) -> Change:
    if isinstance(model, Guide):
        needed = sum(1 for m in model.materials if value(m.necessity) == "必要")
        visits = value(model.visits)
        message = (
            f"新发布办事指南：申请人需准备 {len(model.materials)} 项材料（其中必要 {needed} 项）、"
            f"满足 {len(model.conditions)} 项受理条件"
            + (f"、到现场 {visits} 次" if isinstance(visits, int) else "")
        )
    else:
        count = len(model.materials) if isinstance(model, Checklist) else 0
        message = f"新设收件清单：窗口收取 {count} 项材料，请核对办事指南是否都已告知申请人"
    return Change("item-added", message, 1)


def _removed(noun: str) -> Change:
    impact = (
        "申请人将查不到该事项的办理要求；事项取消或合并的，请确认已向社会公告"
        if noun == "办事指南"
        else "窗口不再有据以收件的清单，请确认窗口按办事指南收件"
    )
    return Change("item-removed", f"删除{noun}：{impact}", 0)


def _identity(old: Guide | Checklist, new: Guide | Checklist) -> list[str]:
    """A warning when OLD and NEW are not the same item (实施编码 or 事项名称 differ)."""
    differences = [
        f"{label}「{a}」→「{b}」"
        for label, a, b in (
            ("实施编码", value(old.code), value(new.code)),
            ("事项名称", value(old.name), value(new.name)),
        )
        if a and b and a.strip() != b.strip()
    ]
    if not differences:
        return []
    return [
        f"注意：OLD 和 NEW 可能不是同一事项（{'；'.join(differences)}）：请确认比较的是同一事项的两个版本"
    ]


def _rename(old_label: str, new_label: str) -> list[str]:
    """A note when a git version's path differs from NEW's: the document was moved or renamed."""
    if ":" not in old_label or os.path.isfile(old_label):
        return []
    old_path = os.path.normpath(old_label.split(":", 1)[1].removeprefix("./"))
    new_path = os.path.normpath(
        new_label.split(":", 1)[1] if ":" in new_label and not os.path.isfile(new_label) else new_label
    )
    if new_path.endswith(old_path) or old_path.endswith(new_path):
        return []
    return [f"文件由「{old_path}」移动或改名为「{new_path}」，按同一事项比较"]


def _item(model: Guide | Checklist | None) -> dict[str, str]:
    if model is None:
        return {}
    fields = [("事项名称", model.name), ("实施编码", model.code)]
    if isinstance(model, Guide):
        fields += [("基本编码", model.basic_code), ("实施主体", model.body), ("行政区划", model.region)]
    else:
        fields += [("窗口", model.window)]
    return {label: str(value(located)) for label, located in fields if value(located)}


def _line_changes(before: _Side, after: _Side) -> tuple[list[int], dict[int, list[str]]]:
    """NEW's lines (1-based) added or rewritten since OLD (all of them for a new document), and
    OLD's lines dropped, by the NEW line they followed (0: at the top)."""
    if not after.documents or after.documents[0].text is None:
        return [], {}
    new_lines = after.documents[0].text.splitlines()
    old_text = before.documents[0].text if before.documents else None
    if old_text is None:
        return list(range(1, len(new_lines) + 1)), {}
    old_lines = old_text.splitlines()
    changed: list[int] = []
    removed: dict[int, list[str]] = {}
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, old_lines, new_lines, autojunk=False).get_opcodes():
        if tag in ("replace", "insert"):
            changed.extend(range(j1 + 1, j2 + 1))
        if tag == "delete":
            removed.setdefault(j1, []).extend(old_lines[i1:i2])
    return changed, removed
