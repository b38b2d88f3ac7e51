"""Which documents of a workspace the pair and corpus rules compare with which: an index by
实施编码 and 基本编码, kept up to date one document at a time."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from checker.document import Document


@dataclass(frozen=True)
class _Codes:
    code: str | None
    basic_code: str | None
    checklist: bool


def _codes(doc: Document) -> _Codes:
    model = doc.model
    code = model.code.value if model is not None and model.code is not None else None
    basic = doc.guide.basic_code if doc.guide is not None else None
    return _Codes(code, basic.value if basic is not None else None, doc.checklist is not None)


class Links:
    """Document paths by 实施编码 (guides and checklists) and by 基本编码 (guides)."""

    def __init__(self) -> None:
        self._by_code: dict[str, set[str]] = {}
        self._by_basic_code: dict[str, set[str]] = {}
        self._codes: dict[str, _Codes] = {}
        self._coded_checklists: set[str] = set()

    def add(self, doc: Document) -> None:
        codes = _codes(doc)
        self._codes[doc.path] = codes
        if codes.code is not None:
            self._by_code.setdefault(codes.code, set()).add(doc.path)
            if codes.checklist:
                self._coded_checklists.add(doc.path)
        if codes.basic_code is not None:
            self._by_basic_code.setdefault(codes.basic_code, set()).add(doc.path)

    def remove(self, path: str) -> None:
        codes = self._codes.pop(path, None)
        if codes is None:
            return
        if codes.code is not None:
            self._by_code[codes.code].discard(path)
        if codes.basic_code is not None:
            self._by_basic_code[codes.basic_code].discard(path)
        self._coded_checklists.discard(path)

    @property
    def has_checklists(self) -> bool:
        """Whether any checklist has a 实施编码 (missing-counterpart is silent when none has)."""
        return bool(self._coded_checklists)

    def neighbourhood(self, seeds: Iterable[Document]) -> set[str]:
        """The paths linked to ``seeds`` through shared 实施编码 and 基本编码, closed under both
        links; with one checklist's neighbourhood too when none is among them (missing-counterpart
        asks whether the folder has any checklist at all)."""
        members: set[str] = set()
        codes: set[str] = set()
        basic_codes: set[str] = set()
        pending = [_codes(doc) for doc in seeds]
        while True:
            while pending:
                found = pending.pop()
                linked: set[str] = set()
                if found.code is not None and found.code not in codes:
                    codes.add(found.code)
                    linked |= self._by_code.get(found.code, set())
                if found.basic_code is not None and found.basic_code not in basic_codes:
                    basic_codes.add(found.basic_code)
                    linked |= self._by_basic_code.get(found.basic_code, set())
                pending += [self._codes[p] for p in linked - members]
                members |= linked
            if not self._coded_checklists or members & self._coded_checklists:
                return members
            pending.append(self._codes[min(self._coded_checklists)])
