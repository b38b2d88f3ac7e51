"""Two versions of a window checklist compared: what the window now collects and verifies.

Materials are matched as a guide's are (checker/review/materials.py: canonical names, then the
most similar one); 受理前核验 entries by their text. Whether the guide tells the applicant about
what the window newly demands is the pair rules' finding, listed beside these changes.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.model import Checklist, WindowMaterial
from checker.review.base import Change, match_texts, value
from checker.review.materials import match_materials
from checker.text.vocabulary import Vocabulary


def _key_line(checklist: Checklist, key: str) -> int:
    span = checklist.keys.get(key)
    return span.line if span is not None else 1


def _counts(m: WindowMaterial) -> str:
    parts = [
        f"{noun} {value(count)} 份"
        for noun, count in (("原件", m.originals), ("复印件", m.copies))
        if value(count)
    ]
    return f"（{'、'.join(parts)}）" if parts else ""


def checklist_changes(old: Checklist, new: Checklist, vocabulary: Vocabulary) -> list[Change]:
    """Every change in what the window collects or verifies, by NEW's line."""
    changes = [*_materials(old, new, vocabulary), *_verifications(old, new)]
    return sorted(changes, key=lambda c: c.line)


def _materials(old: Checklist, new: Checklist, vocabulary: Vocabulary) -> Iterator[Change]:
    matched, removed, added = match_materials(old.materials, new.materials, vocabulary)
    for m in added:
        name = value(m.name)
        message = f"窗口新增收取「{name}」{_counts(m)}：申请人需多带这份材料"
        yield Change("window-material-added", message, m.span.line, {"material": name})
    for m in removed:
        name = value(m.name)
        message = f"窗口不再收取「{name}」：申请人不必再带这份材料"
        yield Change("window-material-removed", message, _key_line(new, "收件材料"), {"material": name})
    for a, b in matched:
        for noun, attr in (("原件", "originals"), ("复印件", "copies")):
            before, after = value(getattr(a, attr)), value(getattr(b, attr))
            if isinstance(before, int) and isinstance(after, int) and before != after:
                more = f"需多带 {after - before} 份" if after > before else f"可少带 {before - after} 份"
                name = value(b.name)
                message = f"窗口收取「{name}」的{noun}由 {before} 份改为 {after} 份：申请人{more}"
                where = getattr(b, attr).span.line
                details = {"material": name, "field": f"{noun}份数", "old": before, "new": after}
                yield Change("window-material-changed", message, where, details)


def _verifications(old: Checklist, new: Checklist) -> Iterator[Change]:
    edited, removed, added = match_texts(old.verifications, new.verifications)
    for a, b in edited:
        message = f"窗口受理前核验「{a.value}」改为「{b.value}」：申请人需按新的要求准备"
        yield Change("window-check-changed", message, b.span.line, {"old": a.value, "new": b.value})
    for b in added:
        message = f"窗口新增受理前核验「{b.value}」：不符合的申请人会被退回"
        yield Change("window-check-added", message, b.span.line, {"condition": b.value})
    for a in removed:
        message = f"窗口不再核验「{a.value}」"
        yield Change("window-check-removed", message, _key_line(new, "受理前核验"), {"condition": a.value})
