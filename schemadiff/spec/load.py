"""Load a spec file into the model, reporting every problem at once.

Stages: YAML (with positions) → JSON Schema → model → SQL fragment syntax → semantic
checks. A stage that fails stops the later ones only when they could not run sensibly.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import Problem, SchemadiffError, SpecError
from ..model import Catalog
from ..platforms import external_catalog
from .build import ModelBuilder
from .checks import run_checks
from .syntax import syntax_problems
from .validate_schema import schema_problems, without_invalid_values
from .yamlsource import load_document


def load_spec(path: str | Path) -> Catalog:
    """Return the Catalog a spec file describes; raise SpecError listing every problem."""
    return check_spec(path)[0]


def check_spec(path: str | Path) -> tuple[Catalog, list[Problem]]:
    """Return the Catalog a spec file describes and its warnings; raise SpecError on errors."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SchemadiffError(f"{path}: spec file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SchemadiffError(f"{path}: cannot read spec file: {exc}") from None
    return check_spec_text(text, str(path))


def load_spec_text(text: str, file: str = "schema.yaml") -> Catalog:
    return check_spec_text(text, file)[0]


def check_spec_text(text: str, file: str = "schema.yaml") -> tuple[Catalog, list[Problem]]:
    doc = load_document(file, text)
    if not isinstance(doc.data, dict):
        raise SpecError(schema_problems(doc))
    problems = schema_problems(doc)
    data = without_invalid_values(doc.data) if problems else doc.data
    if data is None:
        raise SpecError(problems)
    problems += syntax_problems(doc, data)
    catalog = ModelBuilder(doc, data).build()
    problems += run_checks(catalog, external_catalog(catalog.platform))
    if any(not p.warning for p in problems):
        raise SpecError(problems)  # the warnings too: every remark at once, in line order
    return catalog, sorted(set(problems))
