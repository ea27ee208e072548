-- A cast between built-in types through a built-in function (pg_dump's own test suite,
-- CREATE CAST FOR timestamptz): it involves no managed schema, but the database has it.
CREATE CAST (timestamptz AS interval) WITH FUNCTION age(timestamptz) AS ASSIGNMENT;
CREATE CAST (int4range AS text) WITH INOUT AS IMPLICIT;
