"""Dispatch by object kind: one renderer per model class, registered once."""

from __future__ import annotations


class Registry:
    """Map a model class to the function that handles it; refuse duplicates."""

    def __init__(self, purpose: str):
        self.purpose = purpose
        self._handlers: dict[type, object] = {}

    def register(self, kind: type):
        def decorate(func):
            if kind in self._handlers:
                raise RuntimeError(f"{self.purpose}: {kind.__name__} is registered twice")
            self._handlers[kind] = func
            return func

        return decorate

    def handles(self, obj) -> bool:
        return type(obj) in self._handlers

    def __call__(self, obj, *args, **kwargs):
        handler = self._handlers.get(type(obj))
        if handler is None:
            raise TypeError(f"{self.purpose}: no handler for {type(obj).__name__}")
        return handler(obj, *args, **kwargs)
