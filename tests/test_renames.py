"""renamed_from: tables, columns, indexes, constraints and policies are renamed, rows kept."""

from __future__ import annotations

import psycopg

from convergence import plan_text, run_script

BEFORE = """
tables:
  - name: accounts
    columns:
      - {name: id, type: integer, nullable: false}
      - {name: mail, type: text}
    primary_key: {name: accounts_pk, columns: [id]}
    checks:
      - {name: accounts_mail_check, expression: "mail LIKE '%@%'"}
    indexes:
      - {name: accounts_mail_idx, columns: [mail]}
    rls: {enabled: true}
    policies:
      - {name: read all, command: SELECT, using: "true"}
"""

AFTER = """
tables:
  - name: members
    renamed_from: accounts
    columns:
      - {name: id, type: integer, nullable: false}
      - {name: email, type: text, renamed_from: mail}
    primary_key: {name: members_pk, renamed_from: accounts_pk, columns: [id]}
    checks:
      - {name: members_email_check, renamed_from: accounts_mail_check, expression: "email LIKE '%@%'"}
    indexes:
      - {name: members_email_idx, renamed_from: accounts_mail_idx, columns: [email]}
    rls: {enabled: true}
    policies:
      - {name: members read all, renamed_from: read all, command: SELECT, using: "true"}
"""


def test_renames_keep_rows_and_converge(db, pg_server, tmp_path):
    shadow = pg_server.dsn("postgres")
    before, after = tmp_path / "before.yaml", tmp_path / "after.yaml"
    before.write_text(BEFORE)
    after.write_text(AFTER)
    run_script(db, plan_text(db, str(before), shadow)[0])
    with psycopg.connect(db, autocommit=True) as conn:
        conn.execute("INSERT INTO public.accounts VALUES (1, 'a@example.org'), (2, 'b@example.org')")

    script, _ = plan_text(db, str(after), shadow)
    assert "DROP TABLE" not in script and "DROP COLUMN" not in script
    for expected in ("RENAME TO members", "RENAME COLUMN mail TO email", "RENAME CONSTRAINT accounts_pk TO members_pk",
                     "RENAME TO members_email_idx", 'RENAME TO "members read all"'):
        assert expected in script
    run_script(db, script)
    run_script(db, script)  # guarded: a second run renames nothing and fails on nothing

    with psycopg.connect(db) as conn:
        rows = conn.execute("SELECT id, email FROM public.members ORDER BY id").fetchall()
        names = conn.execute(
            "SELECT conname FROM pg_constraint WHERE conrelid = 'public.members'::regclass ORDER BY 1"
        ).fetchall()
    assert rows == [(1, "a@example.org"), (2, "b@example.org")]
    assert names == [("members_email_check",), ("members_pk",)]
    assert plan_text(db, str(after), shadow)[1], "re-plan after the renames is not empty"


PARTITIONED = """
tables:
  - name: customers
    columns:
      - {name: id, type: integer, nullable: false}
    primary_key: {columns: [id]}
  - name: events
    columns:
      - {name: at, type: date, nullable: false}
      - {name: %(column)s, type: integer%(renamed)s}
    partition_by: {strategy: range, columns: [at]}
    partitions:
      - name: events_2024
        bound: FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')
        foreign_keys:
          - {name: %(fk)s, columns: [%(column)s], references: {table: customers, columns: [id]}}
        indexes:
          - {name: %(index)s, columns: [%(column)s]}
"""


def test_renames_reach_partitions_own_keys_and_indexes(db, pg_server, tmp_path):
    shadow = pg_server.dsn("postgres")
    before, after = tmp_path / "before.yaml", tmp_path / "after.yaml"
    before.write_text(PARTITIONED % {
        "column": "customer_id", "renamed": "", "fk": "events_2024_customer_fkey", "index": "events_2024_customer",
    })
    after.write_text(PARTITIONED % {
        "column": "client_id", "renamed": ", renamed_from: customer_id",
        "fk": "events_2024_client_fkey, renamed_from: events_2024_customer_fkey",
        "index": "events_2024_client, renamed_from: events_2024_customer",
    })
    run_script(db, plan_text(db, str(before), shadow)[0])

    script, _ = plan_text(db, str(after), shadow)
    # PostgreSQL renames the partition's column, so its foreign key and index stay as they
    # are; a partition's own foreign key and index are renamed as a table's are.
    for expected in ("RENAME COLUMN customer_id TO client_id", "RENAME CONSTRAINT events_2024_customer_fkey TO events_2024_client_fkey",
                     "RENAME TO events_2024_client"):
        assert expected in script
    assert "DROP CONSTRAINT" not in script and "DROP INDEX" not in script and "CREATE INDEX" not in script
    run_script(db, script)
    assert plan_text(db, str(after), shadow)[1], "re-plan after the rename is not empty"
