-- A partition in another schema than its parent's (pg_dump's own test suite,
-- dump_test_second_schema.measurement_y2006m2), with a check, an index and a grant of its own.
CREATE SCHEMA app;
CREATE SCHEMA archive;
CREATE TABLE app.measurement (city_id integer NOT NULL, logdate date NOT NULL, unitsales integer)
    PARTITION BY RANGE (logdate);
CREATE INDEX ON app.measurement (city_id, logdate);
CREATE TABLE archive.measurement_y2006m2 PARTITION OF app.measurement (
    CHECK (unitsales >= 0)
) FOR VALUES FROM ('2006-02-01') TO ('2006-03-01');
CREATE INDEX ON archive.measurement_y2006m2 (unitsales);
GRANT SELECT ON archive.measurement_y2006m2 TO PUBLIC;
