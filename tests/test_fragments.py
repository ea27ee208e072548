"""What spec.fragments reads from SQL text, no database: the names PL/pgSQL declarations use,
the operators an expression applies."""

from __future__ import annotations

import pytest

from schemadiff.spec.fragments import (
    FragmentError, parse_expression, parse_partition_key, parse_standard_body, partition_key_classes, plpgsql_declared_types,
)


def test_plpgsql_declared_types_name_every_declared_type_and_table():
    body = """<<outer>>
    DECLARE
      v_user app_public.users;  -- a comment; with a semicolon
      "Q" CONSTANT "My Schema"."T"[] := '{}';
      n app.counters.id%TYPE NOT NULL DEFAULT 1;
      same v_user%TYPE;
      r app.rows%ROWTYPE;
      c CURSOR FOR SELECT * FROM app.not_a_type;
      c2 NO SCROLL CURSOR (k int) FOR SELECT k;
      a ALIAS FOR $1;
      s varchar(10) COLLATE "C" = 'x';
      at timestamp with time zone;
      moods public.mood[];
    BEGIN
      DECLARE inner_v app.emails; BEGIN NULL; END;
      EXECUTE 'DECLARE x app.in_a_string;';
    END"""
    assert plpgsql_declared_types(body).types == {
        ("app_public", "users"), ("My Schema", "T"), ("app", "counters"), ("app", "rows"),
        ("public", "mood"), ("app", "emails"),
    }


def test_plpgsql_without_declarations_uses_no_types():
    assert plpgsql_declared_types("BEGIN RETURN 1; END").types == set()
    assert plpgsql_declared_types("").types == set()
    assert plpgsql_declared_types("DECLARE BEGIN NULL; END").types == set()


def test_an_expression_names_the_operators_it_applies_qualified_or_not():
    refs = parse_expression("(name OPERATOR(public.%) 'abc'::text) AND (a <-> b) < 0.5 AND NOT c IN (1, 2)")
    assert refs.operators == {("public", "%"), (None, "<->"), (None, "<"), (None, "=")}
    assert parse_expression("public.similarity(a, b)").operators == set()


def test_a_partition_key_names_its_functions_collations_and_operator_classes():
    key = 'app.initial(name) COLLATE "C", (lower(code)) app.code_ops, region COLLATE app.posix_c text_pattern_ops'
    assert parse_partition_key(key).functions == {("app", "initial"), (None, "lower")}
    assert partition_key_classes(key) == (
        (("app", "posix_c"), (None, "C")), (("app", "code_ops"), (None, "text_pattern_ops")),
    )


@pytest.mark.parametrize("text", ["a) PARTITION BY LIST (b", "a; SELECT 1", "a COLLATE"])
def test_a_partition_key_is_one_key_and_nothing_else(text):
    with pytest.raises(FragmentError):
        parse_partition_key(text)


def test_a_standard_body_names_what_it_reads_and_is_nothing_else():
    refs = parse_standard_body("BEGIN ATOMIC\n  SELECT app.cents(total) FROM app.orders;\nEND")
    assert (refs.relations, refs.functions, refs.types) == ({("app", "orders")}, {("app", "cents")}, set())
    assert parse_standard_body("RETURN (SELECT max(v) FROM t)").relations == {(None, "t")}
    for text in ("SELECT 1", "RETURN 1; SELECT 2", "BEGIN SELECT 1; END"):
        with pytest.raises(FragmentError):
            parse_standard_body(text)
