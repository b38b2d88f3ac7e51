"""Whether what the guide demands covers what the window demands, constraint by constraint.

A window constraint is published when some guide condition demands the same or more of the
same person in every one of its alternatives; stricter when the guide speaks of it more
loosely (女方20 → 22, 本科 → 硕士, 内地居民 → 本市户籍, 一方或双方 → 双方均, no bound at all);
narrower when the guide demands it in some alternatives only (the window verifies one
alternative as if it were required); unpublished when no guide condition speaks of that
attribute for that person. Numbers are compared in the same base unit and direction;
numbers in different units are not compared (the verdict is left to the text).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from checker.pairing.constraints import Constraint, Quantity, Reading, offered

PUBLISHED, STRICTER, NARROWER, UNPUBLISHED, UNKNOWN = (
    "published",
    "stricter",
    "narrower",
    "unpublished",
    "unknown",
)


@dataclass(frozen=True, slots=True)
class Gap:
    """What the window demands beyond the guide: its kind, the window's words and the guide's
    (the loosest guide wording, or the alternatives it offers)."""

    kind: str
    window: str
    guide: str = ""


def judge(window: Reading, guide: list[Reading]) -> list[Gap] | None:
    """The gaps of a window condition against the guide's conditions; None when the reading
    cannot decide (nothing read, or a number in another unit)."""
    if not window.constraints:
        return None
    disjunctive = len(window.alternatives) > 1
    gaps = []
    for constraint in dict.fromkeys(window.constraints):
        kind, wording = _judge_one(constraint, guide, disjunctive)
        if kind == UNKNOWN:
            return None
        if kind != PUBLISHED:
            gaps.append(Gap(kind, constraint.clause, wording))
    if not gaps and (not window.complete or any(_bare(c) for c in window.constraints)):
        return None  # what else the words demand ("加盖社保经办机构业务章") is for the text to judge
    return gaps


def _bare(constraint: Constraint) -> bool:
    """Whether a constraint only names its attribute: no number, level or negation."""
    return constraint.quantity is None and constraint.level is None and constraint.negated is False


def _judge_one(window: Constraint, guide: list[Reading], disjunctive: bool) -> tuple[str, str]:
    looser: list[str] = []
    narrower: list[str] = []
    unknown = False
    for reading in guide:
        per_alternative = [
            [g for g in alternative if g.attribute == window.attribute and _same_person(window, g)]
            for alternative in reading.alternatives
        ]
        relevant = [m for m in per_alternative if m]
        if not relevant:
            continue
        verdicts = [[_as_strict(g, window) for g in matches] for matches in relevant]
        if any(None in v and True not in v for v in verdicts):
            unknown = True
            continue
        if all(True in v for v in verdicts):
            if len(relevant) == len(per_alternative) or disjunctive:
                return PUBLISHED, ""
            narrower.append("」或「".join(offered(reading)))
        elif len(reading.alternatives) > 1:
            looser.append("」或「".join(offered(reading)))
        else:
            looser.append("，".join(dict.fromkeys(g.clause for g in relevant[0])))
    if unknown:
        return UNKNOWN, ""
    if looser:
        return STRICTER, looser[0]
    if narrower:
        return NARROWER, narrower[0]
    return UNPUBLISHED, ""


def _same_person(window: Constraint, guide: Constraint) -> bool:
    """Whether the guide constraint is about everyone the window's is about (nobody named on
    either side: the applicant)."""
    return not window.persons or not guide.persons or window.persons <= guide.persons


def _as_strict(guide: Constraint, window: Constraint) -> bool | None:
    """Whether ``guide`` demands at least what ``window`` does; None when their numbers are in
    different units."""
    if not window.qualifiers <= guide.qualifiers:
        return False
    if None not in (guide.negated, window.negated) and guide.negated != window.negated:
        return False
    if len(guide.persons) > 1 and not guide.every and window.every and window.persons:
        return False  # 一方或双方 → 双方均
    if window.level is not None and (guide.level is None or guide.level.rank < window.level.rank):
        return False
    if window.quantity is None:
        return True
    if guide.quantity is None:
        return False
    return _bounds(guide.quantity, window.quantity, bool(window.negated))


def _bounds(guide: Quantity, window: Quantity, negated: bool) -> bool | None:
    """Whether the guide's bound is at least as tight as the window's; a negated demand flips
    the direction ("6个月内未获得" is stricter over 12 months)."""
    if guide.unit != window.unit:
        return None
    want = _direction(window.direction if window.direction != "eq" else guide.direction, negated)
    have = _direction(guide.direction, negated)
    close = math.isclose(guide.value, window.value, rel_tol=0.02)
    if want == "eq" or have == "eq":
        return close
    if want != have:
        return False
    return close or (guide.value > window.value if want == "min" else guide.value < window.value)


def _direction(direction: str, negated: bool) -> str:
    if not negated or direction == "eq":
        return direction
    return "max" if direction == "min" else "min"
