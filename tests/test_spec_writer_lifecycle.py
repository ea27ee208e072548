"""The spec writer leaves out what a partition lifecycle manages: its partitions, and the
firing states of triggers' clones on them (a spec naming either fails its checks). No database."""

from __future__ import annotations

from dataclasses import replace

import yaml

from schemadiff.model import QualifiedName
from schemadiff.spec.load import check_spec_text
from schemadiff.spec_writer import dump_spec

SPEC = """\
functions:
  - {name: audit, returns: trigger, language: plpgsql, body: BEGIN RETURN NULL; END}
tables:
  - name: events
    columns:
      - {name: at, type: date, nullable: false}
    partition_by: {strategy: range, columns: [at]}
    partition_policy: {interval: day, premake: 1, retention: 7 days}
    partitions:
      - {name: events_archive, bound: "FOR VALUES FROM ('2000-01-01') TO ('2001-01-01')"}
    triggers:
      - name: events_audit
        timing: AFTER
        events: [INSERT]
        function: audit
        partition_states: {events_archive: false}
"""


def _build(text: str):
    catalog, problems = check_spec_text(text)
    assert problems == []
    return catalog


def test_trigger_states_on_lifecycle_partitions_are_not_written():
    declared = _build(SPEC)
    (archive,) = [t for t in declared.tables if t.name == "events_archive"]
    # As inspect reads it once maintenance made today's partition, its clone disabled too.
    managed = replace(archive, name="events_p20260101", partition_bound="FOR VALUES FROM ('2026-01-01') TO ('2026-01-02')")
    (trigger,) = declared.triggers
    live = replace(
        declared, tables=declared.tables + (managed,),
        triggers=(replace(trigger, partition_states=tuple(sorted(
            trigger.partition_states + ((QualifiedName("public", managed.name), "disabled"),)))),),
    )
    text = dump_spec(live)
    (events,) = [t for t in yaml.safe_load(text)["tables"] if t["name"] == "events"]
    assert [p["name"] for p in events["partitions"]] == ["events_archive"]
    assert events["triggers"][0]["partition_states"] == {"events_archive": False}
    assert _build(text).triggers == declared.triggers
