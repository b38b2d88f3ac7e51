"""Chinese word segmentation with a domain dictionary only (jieba's DAG, not its 500k words).

Matching a term only where it stands as whole words is what keeps 身份证 from firing inside
身份证明 and 等 inside 等级: the domain dictionary holds every glossary and vocabulary word
and the protected look-alikes, and jieba's route through the sentence prefers them whole.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from functools import lru_cache


def _import_jieba():
    """Import jieba without pkg_resources, which it only uses to find its big dictionary
    (which is never loaded here); that import alone costs about 0.1 s per process."""
    had = "pkg_resources" in sys.modules
    if not had:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]
    try:
        import jieba
    finally:
        if not had:
            del sys.modules["pkg_resources"]
    return jieba


# Every domain word is equally likely; the large total makes each extra token costly, so the
# route keeps domain words whole instead of cutting them into single characters.
_WORD_FREQUENCY = 100_000
_TOTAL = 10**9


class Segmenter:
    """Cuts text into tokens; single unknown characters stay single (no HMM guessing)."""

    def __init__(self, words: Iterable[str]) -> None:
        jieba = _import_jieba()
        tokenizer = jieba.Tokenizer()
        frequencies: dict[str, int] = {}
        for word in words:
            frequencies[word] = _WORD_FREQUENCY
            for end in range(1, len(word)):
                frequencies.setdefault(word[:end], 0)
        tokenizer.FREQ = frequencies
        tokenizer.total = _TOTAL
        tokenizer.initialized = True  # nothing to load and no cache file to write
        self._tokenizer = tokenizer
        self.tokens = lru_cache(maxsize=65536)(self._tokens)

    def _tokens(self, text: str) -> tuple[tuple[str, int, int], ...]:
        """(token, start, end) for each token of ``text``."""
        result = []
        position = 0
        for token in self._tokenizer.cut(text, HMM=False):
            result.append((token, position, position + len(token)))
            position += len(token)
        return tuple(result)

    def boundaries(self, text: str) -> frozenset[int]:
        return frozenset({0} | {end for _, _, end in self.tokens(text)})

    def find(self, text: str, term: str) -> list[int]:
        """Start offsets where ``term`` occurs in ``text`` as whole tokens."""
        if term not in text:
            return []
        cuts = self.boundaries(text)
        found, start = [], text.find(term)
        while start >= 0:
            if start in cuts and start + len(term) in cuts:
                found.append(start)
            start = text.find(term, start + 1)
        return found
