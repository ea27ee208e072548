"""A dependency graph of objects, sorted creates-first and deterministically.

Among the objects whose dependencies are all satisfied, the one with the lowest
(rank, key) goes next, so the same catalog always gives the same order.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from graphlib import CycleError, TopologicalSorter

from ..errors import SchemadiffError


@dataclass
class Node:
    key: str  # e.g. "table public.users"
    rank: int  # tie-breaker: lower ranks go first when both are ready
    obj: object = None
    depends_on: set[str] = field(default_factory=set)
    columns: frozenset[str] = frozenset()  # column names its SQL mentions
    # Dependencies only a routine's body names: nothing checks the body when it is created
    # (check_function_bodies = off), so they only make a readable order and give way to a cycle.
    soft: frozenset[str] = frozenset()


class DependencyCycle(SchemadiffError):
    pass


def creation_order(nodes: list[Node]) -> list[Node]:
    """Return nodes so that each comes after everything it depends on."""
    by_key = {n.key: n for n in nodes}
    sorter = TopologicalSorter()
    for node in nodes:
        # Dependencies on objects outside the graph (built-ins, platform objects) are ignored.
        sorter.add(node.key, *sorted(d for d in node.depends_on if d in by_key and d != node.key))
    try:
        sorter.prepare()
    except CycleError as exc:
        cycle = " -> ".join(exc.args[1])
        raise DependencyCycle(f"dependency cycle between objects: {cycle}") from None
    ready: list[tuple[int, str]] = []
    ordered = []
    while sorter.is_active():
        for key in sorter.get_ready():
            heapq.heappush(ready, (by_key[key].rank, key))
        rank, key = heapq.heappop(ready)
        ordered.append(by_key[key])
        sorter.done(key)
    return ordered


def cycles(nodes: list[Node]) -> list[set[str]]:
    """Return the strongly connected components of more than one node (each node's
    dependencies outside `nodes` ignored): every edge between two members of one lies on
    a cycle. Iterative Tarjan, visiting nodes and edges in sorted order."""
    by_key = {n.key: n for n in nodes}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []
    for root in sorted(by_key):
        if root in index:
            continue
        work = [(root, iter(sorted(d for d in by_key[root].depends_on if d in by_key)))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            key, edges = work[-1]
            step = next(edges, None)
            if step is not None:
                if step not in index:
                    index[step] = low[step] = len(index)
                    stack.append(step)
                    on_stack.add(step)
                    work.append((step, iter(sorted(d for d in by_key[step].depends_on if d in by_key))))
                elif step in on_stack:
                    low[key] = min(low[key], index[step])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[key])
            if low[key] == index[key]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == key:
                        break
                if len(component) > 1:
                    found.append(component)
    return found
