"""What corpus and pair rules see: documents indexed by 实施编码 and 基本编码."""

from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass

from checker.document import Document


@dataclass(frozen=True, slots=True)
class Pair:
    """A guide and the window checklist that shares its 实施编码."""

    guide: Document
    checklist: Document


class Corpus:
    def __init__(self, documents: list[Document]) -> None:
        self.documents = documents
        self.guides_by_code: dict[str, list[Document]] = defaultdict(list)
        self.checklists_by_code: dict[str, list[Document]] = defaultdict(list)
        self.guides_by_basic_code: dict[str, list[Document]] = defaultdict(list)
        for doc in documents:
            if doc.guide is not None:
                if doc.guide.code is not None:
                    self.guides_by_code[doc.guide.code.value].append(doc)
                if doc.guide.basic_code is not None:
                    self.guides_by_basic_code[doc.guide.basic_code.value].append(doc)
            elif doc.checklist is not None and doc.checklist.code is not None:
                self.checklists_by_code[doc.checklist.code.value].append(doc)

    def pairs(self) -> list[Pair]:
        """Each checklist with its guide; where a code has several guides, the nearest one."""
        found = []
        for code, checklists in self.checklists_by_code.items():
            guides = self.guides_by_code.get(code)
            if not guides:
                continue
            for checklist in checklists:
                found.append(Pair(_nearest(checklist, guides), checklist))
        return found


def _nearest(checklist: Document, guides: list[Document]) -> Document:
    folder = os.path.dirname(checklist.path)
    return max(guides, key=lambda g: len(os.path.commonpath([folder, os.path.dirname(g.path)])))
