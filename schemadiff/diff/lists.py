"""The one generic list differ every object kind uses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Generic, Iterable, TypeVar

from ..model.catalog import key_text

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
    added, changed = [], []
    for k, now in new.items():  # each key hashed once more, not once per question asked
        was = old.pop(k, _MISSING)
        if was is _MISSING:
            added.append((k, now))
        elif not same(was, now):
            changed.append((k, (was, now)))
    return Differences(
        added=_in_key_order(added),
        removed=_in_key_order(old.items()),
        changed=_in_key_order(changed),
    )


_MISSING = object()


def _in_key_order(pairs) -> tuple:
    """Return the values of (key, value) pairs ordered by repr(key)."""
    return tuple(value for _, value in sorted(pairs, key=lambda pair: key_text(pair[0])))
