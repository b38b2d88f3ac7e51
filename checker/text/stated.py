"""What a material's name says besides the document: when it is needed, and who issues it.

Real guides write the condition into the name ("亲子鉴定报告（限随父落户）", "房屋产权人同意落户
承诺书（落社区集体户的除外）", "公民死于医疗卫生单位的，凭《死亡医学证明》办理") and the issuer too
("组织、人社部门出具的调动函"). The words that mark them are data (rules/wording.yaml).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_BRACKETED = re.compile(r"[（(]([^（）()]*)[）)]")
_CLAUSE = re.compile(r"^[^，,；;。]{2,}?(?:的|者|时)[，,]")


def condition_in_name(name: str, openers: Iterable[str], endings: Iterable[str]) -> str | None:
    """The condition the name states, or None: a bracket that opens with a limiting word
    (限…, 仅限…) or ends with an exception or a case (…的除外, …者提供), or a leading clause
    ("……的，凭……")."""
    openers, endings = tuple(openers), tuple(endings)
    for match in _BRACKETED.finditer(name):
        inner = match.group(1).strip()
        if inner.startswith(openers) or inner.endswith(endings):
            return inner
    return leading_clause(name).rstrip("，,") or None


def leading_clause(name: str) -> str:
    """The condition clause a name opens with ("公民死于医疗卫生单位的，"), or ""."""
    clause = _CLAUSE.match(name)
    return clause.group() if clause else ""


def names_issuer(name: str, markers: Iterable[str]) -> bool:
    """Whether the name says an authority or agency issues the document ("……部门出具的……")."""
    return any(marker in name for marker in markers)
