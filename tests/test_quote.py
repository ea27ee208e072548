"""The one quoting helper."""

import pglast
import pytest

from schemadiff.quote import dollar_quote, ident, literal, qualified


@pytest.mark.parametrize(
    "name, expected",
    [
        ("users", "users"),
        ("Users", '"Users"'),
        ("user", '"user"'),  # reserved keyword
        ("select", '"select"'),
        ("my table", '"my table"'),
        ('say "hi"', '"say ""hi"""'),
        ("9lives", '"9lives"'),
        ("role", "role"),  # unreserved keyword: fine bare
    ],
)
def test_ident_quotes_only_when_needed(name, expected):
    assert ident(name) == expected


@pytest.mark.parametrize("name", ["users", "User Name", 'a"b', "select", "ünï", "$x"])
def test_quoted_identifiers_round_trip_through_the_parser(name):
    tree = pglast.parse_sql(f"SELECT 1 FROM {qualified('Some Schema', name)}")
    relation = tree[0].stmt.fromClause[0]
    assert (relation.schemaname, relation.relname) == ("Some Schema", name)


@pytest.mark.parametrize("value", ["plain", "it's", "back\\slash", "new\nline", ""])
def test_literal_round_trips_through_the_parser(value):
    tree = pglast.parse_sql(f"SELECT {literal(value)}")
    assert tree[0].stmt.targetList[0].val.val.sval == value


def test_literal_of_numbers_booleans_and_null():
    assert (literal(3), literal(True), literal(None)) == ("3", "true", "NULL")


def test_dollar_quote_picks_a_tag_absent_from_the_body():
    body = "SELECT $$x$$; SELECT $q1$y$q1$"
    quoted = dollar_quote(body)
    tree = pglast.parse_sql(f"SELECT {quoted}")
    assert tree[0].stmt.targetList[0].val.val.sval == body
