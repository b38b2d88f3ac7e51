"""What corpus and pair rules see: documents indexed by 实施编码 and 基本编码."""

from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass

from checker.document import ChecklistDocument, Document, GuideDocument


@dataclass(frozen=True, slots=True)
class Pair:
    """A guide and the window checklist that shares its 实施编码."""

    guide: GuideDocument
    checklist: ChecklistDocument


class Corpus:
    def __init__(self, documents: list[Document]) -> None:
        self.documents = documents
        self.guides_by_code: dict[str, list[GuideDocument]] = defaultdict(list)
        self.checklists_by_code: dict[str, list[ChecklistDocument]] = defaultdict(list)
        self.guides_by_basic_code: dict[str, list[GuideDocument]] = defaultdict(list)
        for doc in documents:
            guide, checklist = doc.as_guide(), doc.as_checklist()
            if guide is not None:
                if guide.guide.code is not None:
                    self.guides_by_code[guide.guide.code.value].append(guide)
                if guide.guide.basic_code is not None:
                    self.guides_by_basic_code[guide.guide.basic_code.value].append(guide)
            elif checklist is not None and checklist.checklist.code is not None:
                self.checklists_by_code[checklist.checklist.code.value].append(checklist)

    def pairs(self) -> list[Pair]:
        """Each checklist with its guide; where a code has several guides, the nearest one."""
        found: list[Pair] = []
        for code, checklists in self.checklists_by_code.items():
            guides = self.guides_by_code.get(code)
            if not guides:
                continue
            for checklist in checklists:
                found.append(Pair(_nearest(checklist, guides), checklist))
        return found


def _nearest(checklist: ChecklistDocument, guides: list[GuideDocument]) -> GuideDocument:
    folder = os.path.dirname(checklist.path)
    return max(guides, key=lambda g: len(os.path.commonpath([folder, os.path.dirname(g.path)])))
