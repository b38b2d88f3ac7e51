"""What every rule may consult besides its subject: the vocabulary and its own options."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from checker.text.vocabulary import Vocabulary


class Context:
    def __init__(
        self,
        options: dict[str, dict[str, Any]] | None = None,
        glossaries: tuple[str, ...] = (),
        wording: tuple[str, ...] = (),
    ) -> None:
        self.options = options or {}
        self.glossaries = glossaries
        self.wording = wording  # the wording files of ``packs:`` in guidelint.yaml

    @cached_property
    def vocabulary(self) -> Vocabulary:
        """The glossary and wording vocabulary, built-in plus the configured extras."""
        from checker.text.vocabulary import load_vocabulary

        return load_vocabulary(self.glossaries, self.wording)

    def option(self, rule: str, name: str) -> Any:
        return self.options[rule][name]
