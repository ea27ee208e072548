"""What the spec means by leaving a key out, and how the writer says the opposite: public's
comment (PostgreSQL's 'standard public schema' unless `comment: null`) and the grants on an
identity column's sequence (`identity_options: {grants: ...}`). No database."""

from __future__ import annotations

import yaml

from schemadiff.model import Grant
from schemadiff.spec.load import check_spec_text
from schemadiff.spec_writer import dump_spec

SPEC = """\
roles:
  - name: app
schemas:
  - name: public
  - name: bare
    comment: null
  - name: noted
    comment: ours
tables:
  - name: items
    columns:
      - name: id
        type: bigint
        nullable: false
        identity: always
        identity_options:
          start: 5
          grants:
            - {to: app, privileges: [USAGE, SELECT]}
      - name: other
        type: integer
        identity: by default
        identity_options:
          grants:
            - {to: PUBLIC, privileges: [USAGE]}
"""


def _build(text: str):
    catalog, problems = check_spec_text(text)
    assert problems == []
    return catalog


def test_public_without_a_comment_key_has_postgresqls_and_null_means_none():
    schemas = {s.name: s.comment for s in _build(SPEC).schemas}
    assert schemas == {"public": "standard public schema", "bare": None, "noted": "ours"}
    bare_public = _build(SPEC.replace("  - name: public\n", "  - name: public\n    comment: null\n"))
    assert [s.comment for s in bare_public.schemas if s.name == "public"] == [None]


def test_the_writer_says_comment_null_only_where_a_default_would_differ():
    written = yaml.safe_load(dump_spec(_build(SPEC)))
    assert written["schemas"] == [{"name": "bare"}, {"name": "noted", "comment": "ours"}, {"name": "public"}]
    bare_public = _build(SPEC.replace("  - name: public\n", "  - name: public\n    comment: null\n"))
    text = dump_spec(bare_public)
    assert "- name: public\n  comment: null\n" in text
    assert _build(text).schemas == bare_public.schemas


def test_identity_sequence_grants_build_and_write_back():
    catalog = _build(SPEC)
    (table,) = catalog.tables
    first, other = table.columns
    assert first.identity_grants == (Grant("app", ("SELECT", "USAGE")),) and first.identity_options.start == 5
    # Grants alone leave every sequence option at its default: no options.
    assert other.identity_grants == (Grant("PUBLIC", ("USAGE",)),) and other.identity_options is None
    written = yaml.safe_load(dump_spec(catalog))
    options = [c.get("identity_options") for c in written["tables"][0]["columns"]]
    assert options == [
        {"start": 5, "grants": [{"to": "app", "privileges": ["SELECT", "USAGE"]}]},
        {"grants": [{"to": "PUBLIC", "privileges": ["USAGE"]}]},
    ]
    assert _build(dump_spec(catalog)).tables == catalog.tables


PERSISTENCE = """\
tables:
  - name: scratch
    unlogged: true
    columns:
      - {name: id, type: bigint, nullable: false, identity: always, identity_options: {unlogged: false}}
      - {name: n, type: bigint, nullable: false, identity: always, identity_options: {unlogged: true}}
sequences:
  - {name: tickets, unlogged: true}
  - {name: plain}
"""


def test_persistence_of_sequences_and_identity_sequences_round_trips():
    catalog = _build(PERSISTENCE)
    (table,) = catalog.tables
    # An identity sequence's persistence is an option only where it is not its table's.
    assert [c.identity_options and c.identity_options.unlogged for c in table.columns] == [False, None]
    assert [(s.name, s.unlogged) for s in catalog.sequences] == [("plain", False), ("tickets", True)]
    written = yaml.safe_load(dump_spec(catalog))
    assert [c.get("identity_options") for c in written["tables"][0]["columns"]] == [{"unlogged": False}, None]
    assert [s.get("unlogged") for s in written["sequences"]] == [None, True]
    rebuilt = _build(dump_spec(catalog))
    assert (rebuilt.tables, rebuilt.sequences) == (catalog.tables, catalog.sequences)
