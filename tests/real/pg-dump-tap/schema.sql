-- The create_sql statements of PostgreSQL's src/bin/pg_dump/t/002_pg_dump.pl, in the
-- file's create_order order (ties in the order of the tests' names); see SOURCE.md for
-- what was left out and why. Each block is headed by its test's name and create_order.

-- CREATE SCHEMA dump_test (2)
CREATE SCHEMA dump_test;

-- CREATE TABLE test_compression (3)
CREATE TABLE dump_test.test_compression (
    col1 int,
    col2 text COMPRESSION lz4
);

-- CREATE TABLE test_table (3)
CREATE TABLE dump_test.test_table (
    col1 serial primary key,
    col2 text COMPRESSION pglz,
    col3 text,
    col4 text,
    CHECK (col1 <= 1000)
) WITH (autovacuum_enabled = false, fillfactor=80);
COMMENT ON CONSTRAINT test_table_col1_check
    ON dump_test.test_table IS 'bounds check';

-- CREATE TABLE test_table_generated (3)
CREATE TABLE dump_test.test_table_generated (
    col1 int primary key,
    col2 int generated always as (col1 * 2) stored
);

-- CREATE TABLE test_table_identity (3)
CREATE TABLE dump_test.test_table_identity (
    col1 int generated always as identity primary key,
    col2 text
);

-- ALTER TABLE (partitioned) ADD CONSTRAINT ... FOREIGN KEY (4)
CREATE TABLE dump_test.test_table_fk (
    col1 int references dump_test.test_table)
    PARTITION BY RANGE (col1);
CREATE TABLE dump_test.test_table_fk_1
    PARTITION OF dump_test.test_table_fk
    FOR VALUES FROM (0) TO (10);

-- CREATE TABLE test_table_generated_child1 (without local columns) (4)
CREATE TABLE dump_test.test_table_generated_child1 ()
    INHERITS (dump_test.test_table_generated);

-- CREATE TABLE test_table_generated_child2 (with local columns) (4)
CREATE TABLE dump_test.test_table_generated_child2 (
    col1 int,
    col2 int
) INHERITS (dump_test.test_table_generated);

-- GRANT SELECT ON TABLE test_table (5)
GRANT SELECT ON TABLE dump_test.test_table
    TO regress_dump_test_role;

-- CREATE TABLE test_fourth_table_zero_col (6)
CREATE TABLE dump_test.test_fourth_table (
);

-- CREATE TABLE test_second_table (6)
CREATE TABLE dump_test.test_second_table (
    col1 int,
    col2 text
);

-- CREATE TABLE test_seventh_table (6)
CREATE TABLE dump_test.test_seventh_table (
    col1 int,
    col2 text,
    col3 bytea
);

-- CREATE TABLE test_sixth_table (6)
CREATE TABLE dump_test.test_sixth_table (
    col1 int,
    col2 text,
    col3 bytea
);

-- CREATE TABLE test_third_table_generated_cols (6)
CREATE TABLE dump_test.test_third_table (
    f1 int, junk int,
    g1 int generated always as (f1 * 2) stored,
    "F3" int,
    g2 int generated always as ("F3" * 3) stored
);
ALTER TABLE dump_test.test_third_table DROP COLUMN junk;

-- GRANT INSERT(col1) ON TABLE test_second_table (8)
GRANT INSERT (col1) ON TABLE dump_test.test_second_table
    TO regress_dump_test_role;

-- CREATE SCHEMA dump_test_second_schema (9)
CREATE SCHEMA dump_test_second_schema;

-- GRANT USAGE ON SCHEMA dump_test_second_schema (10)
GRANT USAGE ON SCHEMA dump_test_second_schema
    TO regress_dump_test_role;

-- CREATE ACCESS METHOD regress_test_table_am (11)
CREATE ACCESS METHOD regress_table_am TYPE TABLE HANDLER heap_tableam_handler;

-- CREATE TABLE regress_pg_dump_table_am (12)
CREATE TABLE dump_test.regress_pg_dump_table_am_0() USING heap;
CREATE TABLE dump_test.regress_pg_dump_table_am_1 (col1 int) USING regress_table_am;
CREATE TABLE dump_test.regress_pg_dump_table_am_2() USING heap;

-- CREATE MATERIALIZED VIEW regress_pg_dump_matview_am (13)
CREATE MATERIALIZED VIEW dump_test.regress_pg_dump_matview_am_0 USING heap AS SELECT 1;
CREATE MATERIALIZED VIEW dump_test.regress_pg_dump_matview_am_1
    USING regress_table_am AS SELECT count(*) FROM pg_class;
CREATE MATERIALIZED VIEW dump_test.regress_pg_dump_matview_am_2 USING heap AS SELECT 1;

-- CREATE ACCESS METHOD gist2
CREATE ACCESS METHOD gist2 TYPE INDEX HANDLER gisthandler;

-- ALTER DEFAULT PRIVILEGES FOR ROLE regress_dump_test_role GRANT (14)
ALTER DEFAULT PRIVILEGES
    FOR ROLE regress_dump_test_role IN SCHEMA dump_test
    GRANT SELECT ON TABLES TO regress_dump_test_role;

-- ALTER DEFAULT PRIVILEGES FOR ROLE regress_dump_test_role GRANT EXECUTE ON FUNCTIONS (15)
ALTER DEFAULT PRIVILEGES
    FOR ROLE regress_dump_test_role IN SCHEMA dump_test
    GRANT EXECUTE ON FUNCTIONS TO regress_dump_test_role;

-- ALTER SCHEMA public OWNER TO (15)
ALTER SCHEMA public OWNER TO "regress_quoted  \"" role";

-- REVOKE ALL ON SCHEMA public (16)
REVOKE ALL ON SCHEMA public FROM "regress_quoted  \"" role";

-- CREATE FUNCTION dump_test.pltestlang_call_handler (17)
CREATE FUNCTION dump_test.pltestlang_call_handler()
    RETURNS LANGUAGE_HANDLER AS '$libdir/plpgsql',
    'plpgsql_call_handler' LANGUAGE C;

-- CREATE LANGUAGE pltestlang (18)
CREATE LANGUAGE pltestlang
    HANDLER dump_test.pltestlang_call_handler;

-- CREATE MATERIALIZED VIEW matview (20)
CREATE MATERIALIZED VIEW dump_test.matview (col1) AS
    SELECT col1 FROM dump_test.test_table;

-- CREATE MATERIALIZED VIEW matview_compression (20)
CREATE MATERIALIZED VIEW
    dump_test.matview_compression (col2) AS
    SELECT col2 FROM dump_test.test_table;
ALTER MATERIALIZED VIEW dump_test.matview_compression
    ALTER COLUMN col2 SET COMPRESSION lz4;

-- CREATE MATERIALIZED VIEW matview_second (21)
CREATE MATERIALIZED VIEW
    dump_test.matview_second (col1) AS
    SELECT * FROM dump_test.matview;

-- CREATE TABLE fk_reference_test_table (21)
CREATE TABLE dump_test.fk_reference_test_table (
    col1 int primary key references dump_test.test_table
);

-- CREATE POLICY p1 ON test_table (22)
CREATE POLICY p1 ON dump_test.test_table
    USING (true)
    WITH CHECK (true);

-- ALTER TABLE test_table ENABLE ROW LEVEL SECURITY (23)
ALTER TABLE dump_test.test_table
    ENABLE ROW LEVEL SECURITY;

-- CREATE POLICY p2 ON test_table FOR SELECT (24)
CREATE POLICY p2 ON dump_test.test_table
    FOR SELECT TO regress_dump_test_role USING (true);

-- CREATE AGGREGATE dump_test.newavg (25)
CREATE AGGREGATE dump_test.newavg (
    sfunc = int4_avg_accum,
    basetype = int4,
    stype = _int8,
    finalfunc = int8_avg,
    finalfunc_modify = shareable,
    initcond1 = '{0,0}'
);

-- CREATE POLICY p3 ON test_table FOR INSERT (25)
CREATE POLICY p3 ON dump_test.test_table
    FOR INSERT TO regress_dump_test_role WITH CHECK (true);

-- CREATE POLICY p4 ON test_table FOR UPDATE (26)
CREATE POLICY p4 ON dump_test.test_table FOR UPDATE
    TO regress_dump_test_role USING (true) WITH CHECK (true);

-- CREATE POLICY p5 ON test_table FOR DELETE (27)
CREATE POLICY p5 ON dump_test.test_table
    FOR DELETE TO regress_dump_test_role USING (true);

-- CREATE POLICY p6 ON test_table AS RESTRICTIVE (27)
CREATE POLICY p6 ON dump_test.test_table AS RESTRICTIVE
    USING (false);

-- CREATE DOMAIN dump_test.us_postal_code (29)
CREATE DOMAIN dump_test.us_postal_code AS TEXT
    COLLATE "C"
    DEFAULT '10014'
    CHECK(VALUE ~ '^\d{5}$' OR
          VALUE ~ '^\d{5}-\d{4}$');
COMMENT ON CONSTRAINT us_postal_code_check
    ON DOMAIN dump_test.us_postal_code IS 'check it';

-- CREATE FUNCTION dump_test.trigger_func (30)
CREATE FUNCTION dump_test.trigger_func()
    RETURNS trigger LANGUAGE plpgsql
    AS $$ BEGIN RETURN NULL; END;$$;

-- CREATE TRIGGER test_trigger (31)
CREATE TRIGGER test_trigger
    BEFORE INSERT ON dump_test.test_table
    FOR EACH ROW WHEN (NEW.col1 > 10)
    EXECUTE FUNCTION dump_test.trigger_func();

-- CREATE FUNCTION dump_test.event_trigger_func (32)
CREATE FUNCTION dump_test.event_trigger_func()
    RETURNS event_trigger LANGUAGE plpgsql
    AS $$ BEGIN RETURN; END;$$;

-- CREATE EVENT TRIGGER test_event_trigger (33)
CREATE EVENT TRIGGER test_event_trigger
    ON ddl_command_start
    EXECUTE FUNCTION dump_test.event_trigger_func();

-- CREATE TRANSFORM FOR int (34)
CREATE TRANSFORM FOR int LANGUAGE SQL (FROM SQL WITH FUNCTION prsd_lextype(internal), TO SQL WITH FUNCTION int4recv(internal));

-- CREATE FOREIGN DATA WRAPPER dummy (35)
CREATE FOREIGN DATA WRAPPER dummy;

-- COMMENT ON COLUMN dump_test.test_table.col1 (36)
COMMENT ON COLUMN dump_test.test_table.col1
    IS 'comment on column';

-- COMMENT ON TABLE dump_test.test_table (36)
COMMENT ON TABLE dump_test.test_table
    IS 'comment on table';

-- CREATE SERVER s1 FOREIGN DATA WRAPPER dummy (36)
CREATE SERVER s1 FOREIGN DATA WRAPPER dummy;

-- CREATE TYPE dump_test.planets AS ENUM (37)
CREATE TYPE dump_test.planets
    AS ENUM ( 'venus', 'earth', 'mars' );

-- CREATE TYPE dump_test.textrange AS RANGE (38)
CREATE TYPE dump_test.textrange
    AS RANGE (subtype=text, collation="C");

-- CREATE TYPE dump_test.int42 (39)
CREATE TYPE dump_test.int42;

-- CREATE TYPE dump_test.undefined (39)
CREATE TYPE dump_test.undefined;

-- CREATE FUNCTION dump_test.int42_in (40)
CREATE FUNCTION dump_test.int42_in(cstring)
    RETURNS dump_test.int42 AS 'int4in'
    LANGUAGE internal STRICT IMMUTABLE;

-- CREATE FUNCTION ... SUPPORT (41)
CREATE FUNCTION dump_test.func_with_support() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$ SUPPORT varchar_support;

-- CREATE FUNCTION dump_test.int42_out (41)
CREATE FUNCTION dump_test.int42_out(dump_test.int42)
    RETURNS cstring AS 'int4out'
    LANGUAGE internal STRICT IMMUTABLE;

-- CREATE PROCEDURE dump_test.ptest1 (41)
CREATE PROCEDURE dump_test.ptest1(a int)
    LANGUAGE SQL AS $$ INSERT INTO dump_test.test_table (col1) VALUES (a) $$;

-- CREATE TYPE dump_test.int42 populated (42)
CREATE TYPE dump_test.int42 (
    internallength = 4,
    input = dump_test.int42_in,
    output = dump_test.int42_out,
    alignment = int4,
    default = 42,
    passedbyvalue);

-- CREATE TYPE dump_test.composite (43)
CREATE TYPE dump_test.composite AS (
    f1 int,
    f2 dump_test.int42
);

-- COMMENT ON COLUMN dump_test.composite.f1 (44)
COMMENT ON COLUMN dump_test.composite.f1
    IS 'comment on column of type';

-- CREATE PUBLICATION pub1 (50)
CREATE PUBLICATION pub1;

-- CREATE PUBLICATION pub2 (50)
CREATE PUBLICATION pub2
    FOR ALL TABLES
    WITH (publish = '');

-- CREATE PUBLICATION pub3 (50)
CREATE PUBLICATION pub3;

-- CREATE PUBLICATION pub4 (50)
CREATE PUBLICATION pub4;

-- ALTER PUBLICATION pub1 ADD TABLE test_table (51)
ALTER PUBLICATION pub1 ADD TABLE dump_test.test_table;

-- ALTER PUBLICATION pub3 ADD TABLE test_table (51)
ALTER PUBLICATION pub3 ADD TABLE dump_test.test_table;

-- ALTER PUBLICATION pub3 ADD TABLES IN SCHEMA dump_test (51)
ALTER PUBLICATION pub3 ADD TABLES IN SCHEMA dump_test;

-- ALTER PUBLICATION pub4 ADD TABLE test_table WHERE (col1 > 0); (51)
ALTER PUBLICATION pub4 ADD TABLE dump_test.test_table WHERE (col1 > 0);

-- CREATE CAST FOR timestamptz (51)
CREATE CAST (timestamptz AS interval) WITH FUNCTION age(timestamptz) AS ASSIGNMENT;

-- ALTER PUBLICATION pub1 ADD TABLE test_second_table (52)
ALTER PUBLICATION pub1 ADD TABLE dump_test.test_second_table;

-- ALTER PUBLICATION pub1 ADD TABLE test_seventh_table (col3, col2) WHERE (col1 = 1) (52)
ALTER PUBLICATION pub1 ADD TABLE dump_test.test_seventh_table (col3, col2) WHERE (col1 = 1);

-- ALTER PUBLICATION pub1 ADD TABLE test_sixth_table (col3, col2) (52)
ALTER PUBLICATION pub1 ADD TABLE dump_test.test_sixth_table (col3, col2);

-- ALTER PUBLICATION pub3 ADD TABLES IN SCHEMA public (52)
ALTER PUBLICATION pub3 ADD TABLES IN SCHEMA public;

-- ALTER PUBLICATION pub4 ADD TABLE test_second_table WHERE (col2 = 'test'); (52)
ALTER PUBLICATION pub4 ADD TABLE dump_test.test_second_table WHERE (col2 = 'test');

-- CREATE TABLE test_fifth_table (53)
CREATE TABLE dump_test.test_fifth_table (
    col1 integer,
    col2 boolean,
    col3 boolean,
    col4 bit(5),
    col5 float8
);

-- ALTER DEFAULT PRIVILEGES FOR ROLE regress_dump_test_role REVOKE (55)
ALTER DEFAULT PRIVILEGES
    FOR ROLE regress_dump_test_role
    REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

-- COMMENT ON PUBLICATION pub1 (55)
COMMENT ON PUBLICATION pub1
    IS 'comment on publication';

-- ALTER DEFAULT PRIVILEGES FOR ROLE regress_dump_test_role REVOKE SELECT (56)
ALTER DEFAULT PRIVILEGES
    FOR ROLE regress_dump_test_role
    REVOKE SELECT ON TABLES FROM regress_dump_test_role;

-- CREATE MATERIALIZED VIEW matview_third (58)
CREATE MATERIALIZED VIEW
    dump_test.matview_third (col1) AS
    SELECT * FROM dump_test.matview_second WITH NO DATA;

-- CREATE MATERIALIZED VIEW matview_fourth (59)
CREATE MATERIALIZED VIEW
    dump_test.matview_fourth (col1) AS
    SELECT * FROM dump_test.matview_third WITH NO DATA;

-- CREATE VIEW test_view (61)
CREATE VIEW dump_test.test_view
    WITH (check_option = 'local', security_barrier = true) AS
    SELECT col1 FROM dump_test.test_table;

-- ALTER VIEW test_view SET DEFAULT (62)
ALTER VIEW dump_test.test_view ALTER COLUMN col1 SET DEFAULT 1;

-- COMMENT ON COLUMN dump_test.test_second_table.col1 (63)
COMMENT ON COLUMN dump_test.test_second_table.col1
    IS 'comment on column col1';

-- COMMENT ON COLUMN dump_test.test_second_table.col2 (64)
COMMENT ON COLUMN dump_test.test_second_table.col2
    IS 'comment on column col2';

-- GRANT USAGE ON TYPE dump_test.planets - ENUM (66)
GRANT USAGE ON TYPE dump_test.planets TO regress_dump_test_role;

-- GRANT USAGE ON TYPE dump_test.textrange - RANGE (67)
GRANT USAGE ON TYPE dump_test.textrange TO regress_dump_test_role;

-- COMMENT ON TYPE dump_test.planets - ENUM (68)
COMMENT ON TYPE dump_test.planets
    IS 'comment on enum type';

-- COMMENT ON TYPE dump_test.textrange - RANGE (69)
COMMENT ON TYPE dump_test.textrange
    IS 'comment on range type';

-- COMMENT ON TYPE dump_test.int42 - Regular (70)
COMMENT ON TYPE dump_test.int42
    IS 'comment on regular type';

-- COMMENT ON TYPE dump_test.undefined - Undefined (71)
COMMENT ON TYPE dump_test.undefined
    IS 'comment on undefined type';

-- GRANT USAGE ON DOMAIN dump_test.us_postal_code (72)
GRANT USAGE ON DOMAIN dump_test.us_postal_code TO regress_dump_test_role;

-- CREATE OPERATOR FAMILY dump_test.op_family (73)
CREATE OPERATOR FAMILY dump_test.op_family USING btree;

-- CREATE OPERATOR CLASS dump_test.op_class (74)
CREATE OPERATOR CLASS dump_test.op_class
    FOR TYPE bigint USING btree FAMILY dump_test.op_family
    AS STORAGE bigint,
    OPERATOR 1 <(bigint,bigint),
    OPERATOR 2 <=(bigint,bigint),
    OPERATOR 3 =(bigint,bigint),
    OPERATOR 4 >=(bigint,bigint),
    OPERATOR 5 >(bigint,bigint),
    FUNCTION 1 btint8cmp(bigint,bigint),
    FUNCTION 2 btint8sortsupport(internal),
    FUNCTION 4 btequalimage(oid);

-- CREATE OPERATOR CLASS dump_test.op_class_custom (74)
CREATE OPERATOR dump_test.~~ (
    PROCEDURE = int4eq,
    LEFTARG = int,
    RIGHTARG = int);
CREATE OPERATOR CLASS dump_test.op_class_custom
    FOR TYPE int USING btree AS
    OPERATOR 3 dump_test.~~;
CREATE TYPE dump_test.range_type_custom AS RANGE (
    subtype = int,
    subtype_opclass = dump_test.op_class_custom);

-- ALTER OPERATOR FAMILY dump_test.op_family USING btree (75)
ALTER OPERATOR FAMILY dump_test.op_family USING btree ADD
    OPERATOR 1 <(bigint,int4),
    OPERATOR 2 <=(bigint,int4),
    OPERATOR 3 =(bigint,int4),
    OPERATOR 4 >=(bigint,int4),
    OPERATOR 5 >(bigint,int4),
    FUNCTION 1 (int4, int4) btint4cmp(int4,int4),
    FUNCTION 2 (int4, int4) btint4sortsupport(internal),
    FUNCTION 4 (int4, int4) btequalimage(oid);

-- CREATE COLLATION icu_collation (76)
CREATE COLLATION icu_collation (PROVIDER = icu, LOCALE = 'C');

-- CREATE COLLATION test0 FROM "C" (76)
CREATE COLLATION test0 FROM "C";

-- COMMENT ON COLLATION test0 (77)
COMMENT ON COLLATION test0
    IS 'comment on test0 collation';

-- CREATE CONVERSION dump_test.test_conversion (78)
CREATE DEFAULT CONVERSION dump_test.test_conversion FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;

-- COMMENT ON CONVERSION dump_test.test_conversion (79)
COMMENT ON CONVERSION dump_test.test_conversion
    IS 'comment on test conversion';

-- CREATE TEXT SEARCH CONFIGURATION dump_test.alt_ts_conf1 (80)
CREATE TEXT SEARCH CONFIGURATION dump_test.alt_ts_conf1 (copy=english);

-- CREATE TEXT SEARCH TEMPLATE dump_test.alt_ts_temp1 (81)
CREATE TEXT SEARCH TEMPLATE dump_test.alt_ts_temp1 (lexize=dsimple_lexize);

-- CREATE TEXT SEARCH PARSER dump_test.alt_ts_prs1 (82)
CREATE TEXT SEARCH PARSER dump_test.alt_ts_prs1
    (start = prsd_start, gettoken = prsd_nexttoken, end = prsd_end, lextypes = prsd_lextype);

-- CREATE TEXT SEARCH DICTIONARY dump_test.alt_ts_dict1 (83)
CREATE TEXT SEARCH DICTIONARY dump_test.alt_ts_dict1 (template=simple);

-- COMMENT ON TEXT SEARCH CONFIGURATION dump_test.alt_ts_conf1 (84)
COMMENT ON TEXT SEARCH CONFIGURATION dump_test.alt_ts_conf1
    IS 'comment on text search configuration';

-- COMMENT ON TEXT SEARCH DICTIONARY dump_test.alt_ts_dict1 (84)
COMMENT ON TEXT SEARCH DICTIONARY dump_test.alt_ts_dict1
    IS 'comment on text search dictionary';

-- COMMENT ON TEXT SEARCH PARSER dump_test.alt_ts_prs1 (84)
COMMENT ON TEXT SEARCH PARSER dump_test.alt_ts_prs1
    IS 'comment on text search parser';

-- COMMENT ON TEXT SEARCH TEMPLATE dump_test.alt_ts_temp1 (84)
COMMENT ON TEXT SEARCH TEMPLATE dump_test.alt_ts_temp1
    IS 'comment on text search template';

-- GRANT USAGE ON FOREIGN DATA WRAPPER dummy (85)
GRANT USAGE ON FOREIGN DATA WRAPPER dummy
    TO regress_dump_test_role;

-- GRANT USAGE ON FOREIGN SERVER s1 (85)
GRANT USAGE ON FOREIGN SERVER s1
    TO regress_dump_test_role;

-- CREATE USER MAPPING FOR regress_dump_test_role SERVER s1 (86)
CREATE USER MAPPING FOR regress_dump_test_role SERVER s1;

-- GRANT USAGE ON TYPE dump_test.int42 (87)
GRANT USAGE ON TYPE dump_test.int42 TO regress_dump_test_role;

-- CREATE FOREIGN TABLE dump_test.foreign_table SERVER s1 (88)
CREATE FOREIGN TABLE dump_test.foreign_table (c1 int options (column_name 'col1'))
    SERVER s1 OPTIONS (schema_name 'x1');

-- CREATE OPERATOR CLASS dump_test.op_class_empty (89)
CREATE OPERATOR CLASS dump_test.op_class_empty
    FOR TYPE bigint USING btree FAMILY dump_test.op_family
    AS STORAGE bigint;

-- CREATE TABLE measurement PARTITIONED BY (90)
CREATE TABLE dump_test.measurement (
    city_id serial not null,
    logdate date not null,
    peaktemp int CHECK (peaktemp >= -460),
    unitsales int
) PARTITION BY RANGE (logdate);

-- CREATE TABLE test_inheritance_parent (90)
CREATE TABLE dump_test.test_inheritance_parent (
    col1 int NOT NULL,
    col2 int CHECK (col2 >= 42)
);

-- CREATE TABLE test_inheritance_child (91)
CREATE TABLE dump_test.test_inheritance_child (
    col1 int NOT NULL,
    CONSTRAINT test_inheritance_child CHECK (col2 >= 142857)
) INHERITS (dump_test.test_inheritance_parent);

-- GRANT SELECT ON TABLE measurement (91)
GRANT SELECT ON
    TABLE dump_test.measurement
    TO regress_dump_test_role;

-- Partition measurement_y2006m2 creation (91)
CREATE TABLE dump_test_second_schema.measurement_y2006m2
    PARTITION OF dump_test.measurement (
        unitsales DEFAULT 0 CHECK (unitsales >= 0)
    )
    FOR VALUES FROM ('2006-02-01') TO ('2006-03-01');

-- CREATE INDEX ON ONLY measurement (92)
CREATE INDEX ON dump_test.measurement (city_id, logdate);

-- Creation of row-level trigger in partitioned table (92)
CREATE TRIGGER test_trigger
    AFTER INSERT ON dump_test.measurement
    FOR EACH ROW EXECUTE PROCEDURE dump_test.trigger_func();

-- ALTER TABLE ONLY test_table ALTER COLUMN col1 SET STATISTICS 90 (93)
ALTER TABLE dump_test.test_table ALTER COLUMN col1 SET STATISTICS 90;

-- ALTER TABLE measurement PRIMARY KEY (93)
ALTER TABLE dump_test.measurement ADD PRIMARY KEY (city_id, logdate);

-- Disabled trigger on partition is altered (93)
CREATE TABLE dump_test_second_schema.measurement_y2006m3
    PARTITION OF dump_test.measurement
    FOR VALUES FROM ('2006-03-01') TO ('2006-04-01');
ALTER TABLE dump_test_second_schema.measurement_y2006m3 DISABLE TRIGGER test_trigger;
CREATE TABLE dump_test_second_schema.measurement_y2006m4
    PARTITION OF dump_test.measurement
    FOR VALUES FROM ('2006-04-01') TO ('2006-05-01');
ALTER TABLE dump_test_second_schema.measurement_y2006m4 ENABLE REPLICA TRIGGER test_trigger;
CREATE TABLE dump_test_second_schema.measurement_y2006m5
    PARTITION OF dump_test.measurement
    FOR VALUES FROM ('2006-05-01') TO ('2006-06-01');
ALTER TABLE dump_test_second_schema.measurement_y2006m5 ENABLE ALWAYS TRIGGER test_trigger;

-- ALTER TABLE ONLY test_table ALTER COLUMN col2 SET STORAGE (94)
ALTER TABLE dump_test.test_table ALTER COLUMN col2 SET STORAGE EXTERNAL;

-- GRANT SELECT ON TABLE measurement_y2006m2 (94)
GRANT SELECT ON TABLE
    dump_test_second_schema.measurement_y2006m2,
    dump_test_second_schema.measurement_y2006m3,
    dump_test_second_schema.measurement_y2006m4,
    dump_test_second_schema.measurement_y2006m5
    TO regress_dump_test_role;

-- ALTER TABLE ONLY test_table ALTER COLUMN col3 SET STORAGE (95)
ALTER TABLE dump_test.test_table ALTER COLUMN col3 SET STORAGE MAIN;

-- ALTER TABLE ONLY test_table ALTER COLUMN col4 SET n_distinct (95)
ALTER TABLE dump_test.test_table ALTER COLUMN col4 SET (n_distinct = 10);

-- ALTER TABLE test_table CLUSTER ON test_table_pkey (96)
ALTER TABLE dump_test.test_table CLUSTER ON test_table_pkey;

-- CREATE STATISTICS extended_stats_no_options (97)
CREATE STATISTICS dump_test.test_ext_stats_no_options
    ON col1, col2 FROM dump_test.test_fifth_table;

-- CREATE STATISTICS extended_stats_options (97)
CREATE STATISTICS dump_test.test_ext_stats_opts
    (ndistinct) ON col1, col2 FROM dump_test.test_fifth_table;

-- ALTER STATISTICS extended_stats_options (98)
ALTER STATISTICS dump_test.test_ext_stats_opts SET STATISTICS 1000;

-- CREATE TABLE table_with_stats (98)
CREATE TABLE dump_test.table_index_stats (
    col1 int,
    col2 int,
    col3 int);
CREATE INDEX index_with_stats
    ON dump_test.table_index_stats
    ((col1 + 1), col1, (col2 + 1), (col3 + 1));
ALTER INDEX dump_test.index_with_stats
    ALTER COLUMN 1 SET STATISTICS 400;
ALTER INDEX dump_test.index_with_stats
    ALTER COLUMN 3 SET STATISTICS 500;

-- CREATE STATISTICS extended_stats_expression (99)
CREATE STATISTICS dump_test.test_ext_stats_expr
    ON (2 * col1) FROM dump_test.test_fifth_table;
