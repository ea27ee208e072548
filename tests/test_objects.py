"""Extended statistics, aggregates, operators, casts, collations, text search, event
triggers, publications and default privileges on real PostgreSQL:
inspected without warnings, written as a spec that plans nothing against the database it
came from and generates the same database, and declared by hand in a spec (unqualified,
abbreviated names) that plans, applies and then plans nothing.
"""

from __future__ import annotations

import psycopg

from convergence import dump_schema, execute, plan_text, run_script
from schemadiff.generate import generate
from schemadiff.inspect import inspect_catalog
from schemadiff.model import Grant, QualifiedName
from schemadiff.spec.load import load_spec
from schemadiff.spec_writer import dump_spec

OBJECTS = """
CREATE SCHEMA "Odd Schema";
CREATE COLLATION "Odd Schema"."Case ""Insensitive"" ci" (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE COLLATION public.split (provider = libc, lc_collate = 'C', lc_ctype = 'POSIX');
CREATE TABLE "Odd Schema".t (a integer, b integer, name text COLLATE "Odd Schema"."Case ""Insensitive"" ci");
CREATE STATISTICS "Odd Schema"."t stats" (ndistinct, mcv) ON a, b, (lower(name)) FROM "Odd Schema".t;
ALTER STATISTICS "Odd Schema"."t stats" SET STATISTICS 250;
CREATE FUNCTION public.add_int(integer, integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT $1 + $2';
CREATE FUNCTION public.same(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2';
CREATE FUNCTION public.to_point(integer) RETURNS point LANGUAGE sql IMMUTABLE AS 'SELECT point($1, $1)';
CREATE AGGREGATE "Odd Schema"."Total"("value" integer) (
  SFUNC = public.add_int, STYPE = integer, INITCOND = '0', COMBINEFUNC = public.add_int, PARALLEL = SAFE
);
CREATE AGGREGATE public.pd(double precision ORDER BY anyelement) (
  SFUNC = ordered_set_transition, STYPE = internal, FINALFUNC = percentile_disc_final, FINALFUNC_EXTRA
);
CREATE OPERATOR public.=== (
  LEFTARG = integer, RIGHTARG = integer, FUNCTION = public.same, COMMUTATOR = ===, RESTRICT = eqsel, HASHES
);
CREATE CAST (integer AS point) WITH FUNCTION public.to_point(integer) AS ASSIGNMENT;
CREATE VIEW "Odd Schema".v AS SELECT "Odd Schema"."Total"(a) AS total FROM "Odd Schema".t;
COMMENT ON STATISTICS "Odd Schema"."t stats" IS 'it''s planner food';
COMMENT ON AGGREGATE "Odd Schema"."Total"(integer) IS 'sums';
COMMENT ON OPERATOR public.=== (integer, integer) IS 'same';
COMMENT ON CAST (integer AS point) IS 'diagonal';
COMMENT ON COLLATION public.split IS 'C order, POSIX classes';
CREATE TEXT SEARCH DICTIONARY "Odd Schema"."Stem's" (TEMPLATE = snowball, language = 'english', stopwords = 'english');
CREATE TEXT SEARCH CONFIGURATION public.docs (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION public.docs ALTER MAPPING FOR asciiword WITH "Odd Schema"."Stem's", simple;
CREATE TABLE public.pages (body text, tsv tsvector GENERATED ALWAYS AS (to_tsvector('public.docs'::regconfig, body)) STORED);
COMMENT ON TEXT SEARCH DICTIONARY "Odd Schema"."Stem's" IS 'stems';
COMMENT ON TEXT SEARCH CONFIGURATION public.docs IS 'documents';
CREATE FUNCTION public.on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
CREATE EVENT TRIGGER "objects ddl" ON ddl_command_end WHEN TAG IN ('DROP TABLE', 'CREATE TABLE')
  EXECUTE FUNCTION public.on_ddl();
ALTER EVENT TRIGGER "objects ddl" ENABLE REPLICA;
COMMENT ON EVENT TRIGGER "objects ddl" IS 'watches';
CREATE PUBLICATION objects_pub FOR TABLE "Odd Schema".t (a, b) WHERE (a > 0) WITH (publish = 'insert, delete');
CREATE PUBLICATION objects_schema_pub FOR TABLES IN SCHEMA public;
COMMENT ON PUBLICATION objects_pub IS 'feed';
ALTER DEFAULT PRIVILEGES IN SCHEMA "Odd Schema" GRANT SELECT ON TABLES TO PUBLIC;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
CREATE RULE "pages ""log"" rule" AS ON UPDATE TO public.pages WHERE old.body IS DISTINCT FROM new.body
  DO ALSO (INSERT INTO "Odd Schema".t (name) VALUES (old.body); INSERT INTO "Odd Schema".t (name) VALUES (new.body));
ALTER TABLE public.pages ENABLE ALWAYS RULE "pages ""log"" rule";
COMMENT ON RULE "pages ""log"" rule" ON public.pages IS 'history';
CREATE FUNCTION public.cmp_int(integer, integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT btint4cmp($1, $2)';
CREATE OPERATOR FAMILY "Odd Schema"."Int ops" USING btree;
CREATE OPERATOR CLASS "Odd Schema".int_ops FOR TYPE integer USING btree FAMILY "Odd Schema"."Int ops" AS
  OPERATOR 1 <, OPERATOR 3 public.===, FUNCTION 1 public.cmp_int(integer, integer);
ALTER OPERATOR FAMILY "Odd Schema"."Int ops" USING btree ADD OPERATOR 1 < (integer, bigint);
COMMENT ON OPERATOR CLASS "Odd Schema".int_ops USING btree IS 'class';
COMMENT ON OPERATOR FAMILY "Odd Schema"."Int ops" USING btree IS 'family';
CREATE TEXT SEARCH TEMPLATE "Odd Schema".z_template (INIT = dsimple_init, LEXIZE = dsimple_lexize);
CREATE TEXT SEARCH DICTIONARY public.a_dict (TEMPLATE = "Odd Schema".z_template);
CREATE TEXT SEARCH PARSER "Odd Schema".z_parser (
  START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end, LEXTYPES = prsd_lextype, HEADLINE = prsd_headline
);
CREATE TEXT SEARCH CONFIGURATION public.a_config (PARSER = "Odd Schema".z_parser);
ALTER TEXT SEARCH CONFIGURATION public.a_config ADD MAPPING FOR word WITH public.a_dict;
CREATE DEFAULT CONVERSION "Odd Schema"."To latin" FOR 'UTF8' TO 'LATIN1' FROM utf8_to_iso8859_1;
COMMENT ON CONVERSION "Odd Schema"."To latin" IS 'latin';
COMMENT ON TEXT SEARCH PARSER "Odd Schema".z_parser IS 'parser';
COMMENT ON TEXT SEARCH TEMPLATE "Odd Schema".z_template IS 'template';
"""


def inspect(dsn):
    with psycopg.connect(dsn, autocommit=True) as conn:
        return inspect_catalog(conn)


def test_objects_are_inspected(db):
    execute(db, OBJECTS)
    result = inspect(db)
    assert result.warnings == ()
    catalog = result.catalog
    (stats,) = catalog.statistics
    assert (stats.table, stats.columns, stats.expressions, stats.kinds, stats.target) == (
        QualifiedName("Odd Schema", "t"), ("a", "b"), ("lower(name)",), ("mcv", "ndistinct"), 250,
    )
    aggregates = {a.name: a for a in catalog.aggregates}
    assert (aggregates["Total"].sfunc, aggregates["Total"].combinefunc, aggregates["Total"].parallel) == (
        "public.add_int", "public.add_int", "SAFE",
    )
    assert [a.name for a in aggregates["Total"].arguments] == ["value"]
    assert (aggregates["pd"].kind, aggregates["pd"].direct_arguments, aggregates["pd"].finalfunc_extra) == ("ordered", 1, True)
    (op,) = catalog.operators
    assert (op.commutator, op.restrict, op.hashes, op.merges) == ("public.===", "eqsel", True, False)
    (cast,) = catalog.casts
    assert (cast.source, cast.target, cast.function, cast.context) == (
        "integer", "point", "public.to_point(integer)", "assignment",
    )
    collations = {c.name: c for c in catalog.collations}
    assert (collations['Case "Insensitive" ci'].provider, collations['Case "Insensitive" ci'].deterministic) == ("icu", False)
    assert (collations["split"].locale, collations["split"].lc_collate, collations["split"].lc_ctype) == (None, "C", "POSIX")
    dictionary, plain = catalog.text_search_dictionaries
    assert (dictionary.template, dictionary.options) == ("snowball", (("language", "english"), ("stopwords", "english")))
    assert plain.template == '"Odd Schema".z_template'
    (template,) = catalog.text_search_templates
    assert (template.init, template.lexize, template.comment) == ("dsimple_init", "dsimple_lexize", "template")
    (parser,) = catalog.text_search_parsers
    assert (parser.gettoken, parser.headline, parser.comment) == ("prsd_nexttoken", "prsd_headline", "parser")
    (conversion,) = catalog.conversions
    assert (conversion.source, conversion.destination, conversion.default) == ("UTF8", "LATIN1", True)
    parsed, config = catalog.text_search_configurations
    assert (parsed.parser, parsed.mappings) == ('"Odd Schema".z_parser', (("word", ("public.a_dict",)),))
    mappings = dict(config.mappings)
    assert (config.parser, mappings["asciiword"], mappings["word"]) == (
        "\"default\"", ('"Odd Schema"."Stem\'s"', "simple"), ("english_stem",),
    )
    (trigger,) = catalog.event_triggers
    assert (trigger.tags, trigger.enabled, trigger.function) == (
        ("DROP TABLE", "CREATE TABLE"), "replica", QualifiedName("public", "on_ddl"),
    )
    publication, schema_publication = catalog.publications
    assert (publication.publish, schema_publication.schemas) == (("delete", "insert"), ("public",))
    assert [(t.name, t.columns, t.where) for t in publication.tables] == [("t", ("a", "b"), "(a > 0)")]
    assert {(d.schema, d.object_type): d.grants for d in catalog.default_privileges} == {
        ("Odd Schema", "tables"): (Grant("PUBLIC", ("SELECT",)),), (None, "functions"): (),
    }
    (opclass,) = catalog.operator_classes
    assert (opclass.type, opclass.family, [m.operator for m in opclass.operators], opclass.functions[0].function) == (
        "integer", QualifiedName("Odd Schema", "Int ops"),
        [QualifiedName("pg_catalog", "<"), QualifiedName("public", "===")], "public.cmp_int(integer,integer)",
    )
    (family,) = catalog.operator_families  # only the family's own member, not the class's
    assert [(m.strategy, m.operator.name, m.right) for m in family.operators] == [(1, "<", "bigint")]
    (rule,) = catalog.rules
    assert (rule.event, rule.instead, rule.enabled, len(rule.actions)) == ("UPDATE", False, "always", 2)
    assert rule.where == "(old.body IS DISTINCT FROM new.body)"
    table = catalog.relation("Odd Schema", "t")
    assert table.column("name").collation == QualifiedName("Odd Schema", 'Case "Insensitive" ci')


def test_inspected_objects_round_trip_through_a_spec(db, second_db, pg_server, tmp_path):
    execute(db, OBJECTS)
    spec = tmp_path / "objects.yaml"
    spec.write_text(dump_spec(inspect(db).catalog))
    shadow = pg_server.dsn("postgres")
    plan, empty = plan_text(db, str(spec), shadow)
    assert empty, f"the inspected spec differs from its database:\n{plan}"
    (schema_sql,) = [f.text for f in generate(load_spec(spec)) if f.name == "schema.sql"]
    execute(second_db, schema_sql)
    assert dump_schema(second_db) == dump_schema(db)


HAND_WRITTEN = """
schemas:
  - name: app
collations:
  - name: ci
    schema: app
    provider: icu
    locale: und-u-ks-level2
    deterministic: false
tables:
  - name: t
    schema: app
    columns:
      - {name: a, type: int}
      - {name: b, type: int}
      - {name: name, type: text, collation: {schema: app, name: ci}}
statistics:
  - name: t_ab
    schema: app
    table: t
    columns: [b, a]
    expressions: ["lower(name)"]
    kinds: [dependencies]
    target: 100
    comment: two columns
functions:
  - name: add_int
    schema: app
    arguments: [{type: int}, {type: int}]
    returns: int
    language: sql
    volatility: IMMUTABLE
    body: SELECT $1 + $2
  - name: same
    schema: app
    arguments: [{type: int}, {type: int}]
    returns: boolean
    language: sql
    volatility: IMMUTABLE
    body: SELECT $1 = $2
  - name: to_point
    schema: app
    arguments: [{type: int}]
    returns: point
    language: sql
    volatility: IMMUTABLE
    body: SELECT point($1, $1)
  - name: on_ddl
    schema: app
    returns: event_trigger
    language: plpgsql
    body: BEGIN END
aggregates:
  - name: total
    schema: app
    arguments: [{type: int}]
    sfunc: app.add_int
    stype: int
    initcond: "0"
    comment: sums
  - name: biggest
    schema: app
    arguments: [{type: int4}]
    sfunc: int4larger
    stype: int4
    sortop: ">"
  - name: moving
    schema: app
    arguments: [{type: int}]
    sfunc: app.add_int
    stype: int
    msfunc: int4pl
    minvfunc: int4mi
    mstype: int4
    minitcond: "0"
    grants: [{to: app_reader, privileges: [EXECUTE]}]
conversions:
  - {name: to_latin, schema: app, source: utf8, destination: latin1, function: utf8_to_iso8859_1, default: true}
text_search_parsers:
  - {name: words, schema: app, start: prsd_start, gettoken: prsd_nexttoken, end: prsd_end, lextypes: prsd_lextype}
text_search_templates:
  - {name: plain, schema: app, lexize: dsimple_lexize}
operators:
  - name: "==="
    schema: app
    left: int
    right: int4
    function: app.same
    commutator: app.===
    merges: true
casts:
  - source: int
    target: point
    function: app.to_point(int)
    context: implicit
text_search_dictionaries:
  - name: stem
    schema: app
    template: snowball
    options: {Language: english, stopwords: english}
  - name: plain_dict
    schema: app
    template: app.plain
text_search_configurations:
  - name: docs
    schema: app
    parser: app.words
    mappings:
      asciiword: [app.stem, simple]
      word: [simple]
event_triggers:
  - name: app_ddl
    event: ddl_command_end
    function: app.on_ddl
    tags: [CREATE TABLE]
    enabled: disabled
publications:
  - name: app_pub
    tables:
      - {name: t, schema: app, columns: [a], where: "a > 1"}
    publish: [insert]
operator_classes:
  - name: same_ops
    schema: app
    using: btree
    type: int
    operators:
      - {strategy: 1, operator: "<"}
      - {strategy: 3, operator: app.===}
    functions:
      - {number: 1, function: "btint4cmp(int, int)"}
rules:
  - name: no_deletes
    schema: app
    table: t
    event: DELETE
    instead: true
  - name: copy
    schema: app
    table: t
    event: INSERT
    where: new.a > 1
    actions: ["INSERT INTO app.t (a) VALUES (new.a - 1);"]
    enabled: replica
default_privileges:
  - role: app_owner
    schema: app
    on: sequences
    grants: [{to: app_reader, privileges: [USAGE]}]
  - role: app_reader
    on: types
    grants: [{to: app_owner, privileges: [USAGE]}]
roles:
  - name: app_owner
  - name: app_reader
"""


def test_hand_written_objects_plan_apply_and_converge(db, pg_server, tmp_path):
    spec = tmp_path / "schema.yaml"
    spec.write_text(HAND_WRITTEN)
    shadow = pg_server.dsn("postgres")
    script, empty = plan_text(db, str(spec), shadow)
    assert not empty
    run_script(db, script)
    replan, empty = plan_text(db, str(spec), shadow)
    assert empty, f"re-plan is not empty:\n{replan}"
    catalog = inspect(db).catalog
    assert [(s.columns, s.kinds, s.target) for s in catalog.statistics] == [(("a", "b"), ("dependencies",), 100)]
    assert {a.name: a.sfunc for a in catalog.aggregates} == {
        "biggest": "int4larger", "moving": "app.add_int", "total": "app.add_int",
    }
    moving = next(a for a in catalog.aggregates if a.name == "moving")
    assert (moving.msfunc, moving.minvfunc, moving.mstype, moving.minitcond, moving.grants) == (
        "int4pl", "int4mi", "integer", "0", (Grant("app_reader", ("EXECUTE",)),),
    )
    assert [(c.source, c.destination, c.function, c.default) for c in catalog.conversions] == [
        ("UTF8", "LATIN1", "utf8_to_iso8859_1", True),
    ]
    assert [(p.start, p.headline) for p in catalog.text_search_parsers] == [("prsd_start", None)]
    assert [(t.init, t.lexize) for t in catalog.text_search_templates] == [(None, "dsimple_lexize")]
    assert [(o.left, o.right, o.commutator, o.merges) for o in catalog.operators] == [("integer", "integer", "app.===", True)]
    assert [(c.function, c.context) for c in catalog.casts] == [("app.to_point(integer)", "implicit")]
    assert [(d.template, d.options) for d in catalog.text_search_dictionaries] == [
        ("app.plain", ()), ("snowball", (("language", "english"), ("stopwords", "english"))),
    ]
    assert [c.parser for c in catalog.text_search_configurations] == ["app.words"]
    assert [c.mappings for c in catalog.text_search_configurations] == [
        (("asciiword", ("app.stem", "simple")), ("word", ("simple",))),
    ]
    assert [(c.name, c.family, [m.operator for m in c.operators]) for c in catalog.operator_classes] == [
        ("same_ops", QualifiedName("app", "same_ops"), [QualifiedName("pg_catalog", "<"), QualifiedName("app", "===")]),
    ]
    assert [f.name for f in catalog.operator_families] == ["same_ops"]  # made by CREATE OPERATOR CLASS
    assert [(r.name, r.where, r.actions, r.enabled) for r in catalog.rules] == [
        ("copy", "(new.a > 1)", ("INSERT INTO app.t (a)\n  VALUES ((new.a - 1))",), "replica"),
        ("no_deletes", None, (), "origin"),
    ]
    assert [(t.name, t.tags, t.enabled) for t in catalog.event_triggers] == [("app_ddl", ("CREATE TABLE",), "disabled")]
    assert [[(t.columns, t.where) for t in p.tables] for p in catalog.publications] == [[(("a",), "(a > 1)")]]
    assert {(d.schema, d.object_type): d.grants for d in catalog.default_privileges} == {
        ("app", "sequences"): (Grant("app_reader", ("USAGE",)),), (None, "types"): (Grant("app_owner", ("USAGE",)),),
    }


LANGUAGE_AND_TRANSFORM = """
CREATE TRUSTED LANGUAGE pl_theirs HANDLER plpgsql_call_handler;
CREATE FUNCTION public.to_lang(internal) RETURNS internal LANGUAGE internal IMMUTABLE STRICT AS 'int4recv';
CREATE TRANSFORM FOR integer LANGUAGE plpgsql (FROM SQL WITH FUNCTION public.to_lang(internal));
"""


def test_a_spec_without_languages_or_transforms_leaves_them_alone(db, pg_server, tmp_path):
    # Database-wide kinds: a spec that declares none of one leaves the database's be (a
    # platform's own); one that declares any manages them all.
    execute(db, LANGUAGE_AND_TRANSFORM)
    spec = tmp_path / "schema.yaml"
    function = ("functions:\n  - name: to_lang\n    arguments: [{type: internal}]\n    returns: internal\n"
                "    language: internal\n    volatility: IMMUTABLE\n    strict: true\n    body: int4recv\n")
    spec.write_text(function)
    script, empty = plan_text(db, str(spec), pg_server.dsn("postgres"))
    assert empty, script
    spec.write_text(function + "languages:\n  - name: pl_mine\n    handler: pg_catalog.plpgsql_call_handler\n")
    script, _ = plan_text(db, str(spec), pg_server.dsn("postgres"))
    assert "DROP LANGUAGE IF EXISTS pl_theirs" in script and "TRANSFORM" not in script
    run_script(db, script)
    assert [lang.name for lang in inspect(db).catalog.languages] == ["pl_mine"]
