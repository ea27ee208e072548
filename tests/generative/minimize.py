"""Delta debugging over the statements of a pair (Zeller's ddmin, complements only).

A pair becomes one list of units: statements both sides share (removed from both at
once) and statements of one side only. ddmin drops chunks of units while the failure
persists, halving the chunk size when no chunk can go, until no single unit can go or the
time budget is spent.
"""

from __future__ import annotations

import difflib
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Unit:
    statement: str
    in_before: bool
    in_after: bool


def units_of(before, after) -> list[Unit]:
    """Merge two statement lists, keeping each side's order; shared statements appear once."""
    units = []
    matcher = difflib.SequenceMatcher(None, list(before), list(after), autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            units += [Unit(s, True, True) for s in before[i1:i2]]
            continue
        units += [Unit(s, True, False) for s in before[i1:i2]]
        units += [Unit(s, False, True) for s in after[j1:j2]]
    return units


def sides(units) -> tuple[list[str], list[str]]:
    return [u.statement for u in units if u.in_before], [u.statement for u in units if u.in_after]


def ddmin(units: list, fails, deadline: float) -> list:
    """Return a sublist of `units` for which `fails` still holds (1-minimal if time allows)."""
    n = 2
    while len(units) >= 2 and time.monotonic() < deadline:
        size = -(-len(units) // n)
        chunks = [units[i:i + size] for i in range(0, len(units), size)]
        for index in range(len(chunks)):
            if time.monotonic() >= deadline:
                return units
            complement = [u for j, chunk in enumerate(chunks) if j != index for u in chunk]
            if fails(complement):
                units, n = complement, max(n - 1, 2)
                break
        else:
            if n >= len(units):
                return units
            n = min(n * 2, len(units))
    return units
