"""Warnings an inspection returns: what exists but the model cannot represent (yet)."""

from __future__ import annotations


class Notes:
    """Collect named warnings; each appears once, sorted, in the result."""

    def __init__(self):
        self._items: set[str] = set()

    def unsupported(self, what: str, name: str) -> None:
        """Record an object or feature the model leaves out, e.g. ('aggregate', 'public.f(integer)')."""
        self._items.add(f"unsupported: {what} {name}")

    def add(self, message: str) -> None:
        self._items.add(message)

    def result(self) -> tuple[str, ...]:
        return tuple(sorted(self._items))
