"""Procedural languages (features.KINDS "languages"): CREATE [TRUSTED] LANGUAGE on plpgsql's
handlers (pg_catalog's, so PL/pgSQL bodies run in it), with functions written in it,
comments and a REVOKE of PUBLIC's USAGE.

A stream of its own, as table_kinds.py: `populate` and `edit` take it and add their objects
on top, so a seed's other objects stay what they were. A language's functions need it
(their body's deps): dropping it prunes them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from schemadiff.quote import ident, literal, qualified

from .build import Generator
from .features import enabled
from .objects import Expr, Function, Obj


@dataclass
class Language(Obj):
    name: str
    trusted: bool = False
    inline: bool = False  # INLINE plpgsql_inline_handler
    validator: bool = False  # VALIDATOR plpgsql_validator
    comment: str | None = None
    public_usage: bool = True  # False: REVOKE USAGE ... FROM PUBLIC (trusted ones only)

    @property
    def key(self):
        return ("language", self.name)

    def statements(self):
        sql = f"CREATE {'TRUSTED ' if self.trusted else ''}LANGUAGE {ident(self.name)} HANDLER plpgsql_call_handler"
        sql += " INLINE plpgsql_inline_handler" if self.inline else ""
        sql += " VALIDATOR plpgsql_validator" if self.validator else ""
        out = [sql + ";"]
        if self.comment is not None:
            out.append(f"COMMENT ON LANGUAGE {ident(self.name)} IS {literal(self.comment)};")
        if self.trusted and not self.public_usage:  # (GRANT and REVOKE refuse untrusted languages)
            out.append(f"REVOKE USAGE ON LANGUAGE {ident(self.name)} FROM PUBLIC;")
        return out


def _name(rng: random.Random) -> str:
    return rng.choice(["pl_{}", "Pl Lang {}", "pl$x{}"]).format(rng.randrange(10**6))


def add_language(gen: Generator, rng: random.Random) -> Language:
    lang = gen.schema.add(Language(
        _name(rng), trusted=rng.random() < 0.5, inline=rng.random() < 0.5, validator=rng.random() < 0.5,
        comment=rng.choice([None, "a language", "it's one"]),
    ))
    lang.public_usage = not (lang.trusted and rng.random() < 0.4)
    for _ in range(rng.randint(0, 2)):
        schema = rng.choice(gen.schema_names())
        body = "\nBEGIN\n  RETURN arg + 1;\nEND\n"
        gen.schema.add(Function(schema, f"in_{rng.randrange(10**6)}", [("arg", "integer")], "integer", lang.name,
                                Expr(body, frozenset({lang.key})), "STABLE"))
    return lang


def change_language(lang: Language, rng: random.Random) -> None:
    what = rng.choice(["trusted", "inline", "validator", "comment", "usage"])
    if what == "comment":
        lang.comment = None if lang.comment else "now commented"
    elif what == "usage":
        lang.public_usage = not lang.public_usage
    else:
        setattr(lang, what, not getattr(lang, what))


def populate(gen: Generator, rng: random.Random) -> None:
    """Add up to two languages, drawing from `rng` only."""
    for _ in range(rng.choice([0, 0, 1, 2]) if enabled("languages") else 0):
        add_language(gen, rng)


def edit(gen: Generator, rng: random.Random) -> list[str]:
    """In a quarter of the pairs, add, change or drop a language; return the edit's name."""
    if not enabled("languages") or rng.random() >= 0.25:
        return []
    languages = gen.schema.of(Language)
    what = rng.choice(["add", "change", "drop"]) if languages else "add"
    if what == "add":
        add_language(gen, rng)
    elif what == "change":
        change_language(rng.choice(languages), rng)
    else:
        gen.schema.remove(rng.choice(languages))
        gen.schema.prune()  # its functions, and what uses them
    return [f"{what}_language"]
