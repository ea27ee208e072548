"""The one generic list differ every object kind uses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Generic, Iterable, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Differences(Generic[T]):
    added: tuple[T, ...]
    removed: tuple[T, ...]
    changed: tuple[tuple[T, T], ...]  # (current, desired)


def diff_by_key(current: Iterable[T], desired: Iterable[T], key: Callable[[T], object] = lambda o: o.key,
                same: Callable[[T, T], bool] = lambda a, b: a == b) -> Differences[T]:
    """Pair objects by key; report those only in `desired`, only in `current`, and changed."""
    old = {key(o): o for o in current}
    new = {key(o): o for o in desired}
    order = sorted(set(old) | set(new), key=repr)
    return Differences(
        added=tuple(new[k] for k in order if k not in old),
        removed=tuple(old[k] for k in order if k not in new),
        changed=tuple((old[k], new[k]) for k in order if k in old and k in new and not same(old[k], new[k])),
    )
