"""The paragraphs of a Word guide → label and value rows, one per paragraph position.

Guides written as text give an element as a numbered heading with its value in the paragraphs
below ("一、事项名称" / "城乡居民基本养老保险参保登记"; "（二）受理条件" / "1. …" / "2. …"), or on
one line ("承诺办结时限：10个工作日"). Where a section ends:

- A heading is a numbered paragraph (一、 （一） 1. （1） ①) naming a known element or material
  heading, or any numbered paragraph of a numbering family at or above the open heading's.
- Families rank in the order they first appear: in a guide that opens with "一、" the "（一）"
  items below "七、受理条件" are its content, and "八、…" ends it.
- Word's own numbering and heading styles count like written numbers: a paragraph styled
  "Heading 2" (标题 2) or numbered by Word (list level 0 of list 3) is of that family.
- A section ends at the next heading or at a labelled line of a known element; its paragraphs
  (joined, one per line) are the value. A section of an unknown heading ("十三、办理流程") keeps its
  text under that name, to be written as a comment.
"""

from __future__ import annotations

import re

from checker.importing.synonyms import MAX_LABEL, Synonyms

_FAMILIES = (
    ("一、", re.compile(r"^\s*[一二三四五六七八九十]{1,3}\s*[、.．]\s*")),
    ("（一）", re.compile(r"^\s*[（(]\s*[一二三四五六七八九十]{1,3}\s*[)）]\s*")),
    ("1.", re.compile(r"^\s*\d{1,2}\s*(?:[、．]|\.(?!\d))\s*")),
    ("（1）", re.compile(r"^\s*[（(]\s*\d{1,2}\s*[)）]\s*")),
    ("①", re.compile(r"^\s*[①-⑳]\s*")),
)
LABELLED = re.compile(r"^\s*([^:：]{1,40})[:：]\s*(\S.*)$", re.DOTALL)  # "办理时限：20个工作日"


def _numbered(text: str) -> tuple[str, str] | None:
    """(family, text without its number) of a numbered paragraph, else None."""
    for family, pattern in _FAMILIES:
        match = pattern.match(text)
        if match:
            return family, text[match.end() :].strip()
    return None


def rows(paragraphs: list[str], synonyms: Synonyms, outline: list[str | None] | None = None) -> list[list[str]]:
    """One row per paragraph: ``[label, value]`` at a heading or labelled line, ``[text]`` for
    text outside any section, ``[]`` for a paragraph taken into the section above. ``outline``
    gives the family Word's numbering or heading style puts a paragraph in, if any."""

    def known(label: str) -> bool:
        return bool(synonyms.element(label) or synonyms.material(label))

    out: list[list[str]] = [[] for _ in paragraphs]
    ranks: list[str] = []  # numbering families, in the order they first appear
    head: tuple[int, str, int] | None = None  # paragraph, label, rank of the open section
    content: list[str] = []

    def close() -> None:
        if head is not None:
            out[head[0]] = [head[1], "\n".join(content)] if content else [head[1]]
            content.clear()

    for index, paragraph in enumerate(paragraphs):
        text = paragraph.strip()
        numbered = _numbered(text)
        if numbered is None and outline and outline[index] and text:
            numbered = (str(outline[index]), text)
        if numbered and numbered[0] not in ranks:
            ranks.append(numbered[0])
        rank = ranks.index(numbered[0]) if numbered else None
        label = numbered[1].rstrip(":：") if numbered else ""
        labelled = LABELLED.match(text)
        if labelled and known(labelled.group(1)):  # "承诺办结时限：10个工作日"
            close()
            head = None
            out[index] = [labelled.group(1), labelled.group(2).strip()]
        elif (
            rank is not None
            and not labelled
            and 0 < len(label) <= MAX_LABEL
            and (known(label) or (head is not None and rank <= head[2]))
        ):
            close()
            head = (index, label, rank)
        elif head is not None:
            if text:
                content.append(text)
        elif labelled:
            out[index] = [labelled.group(1), labelled.group(2).strip()]
        else:
            out[index] = [paragraph]
    close()
    return out
