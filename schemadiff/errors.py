"""Errors a user can cause, with the file, line and object they concern."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a spec, located as precisely as we can."""

    file: str
    line: int
    column: int
    message: str
    # A warning is advice about a valid spec (e.g. a risky but legal definition): reported,
    # never a reason to refuse the spec.
    warning: bool = False

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" + (f":{self.column}" if self.column else "")
        return f"{where}: {'warning: ' if self.warning else ''}{self.message}"


class SchemadiffError(Exception):
    """An error a user can cause: reported as a clear message and exit code 1."""


class SpecError(SchemadiffError):
    """A spec that cannot be used; carries every problem found, sorted by position."""

    def __init__(self, problems):
        self.problems = sorted(set(problems))
        super().__init__("\n".join(str(p) for p in self.problems))
