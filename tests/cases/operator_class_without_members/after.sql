-- An operator class without operators or functions, its family's members doing the work
-- (pg_dump's own test suite, op_class_empty): CREATE OPERATOR CLASS needs an item after AS.
CREATE SCHEMA app;
CREATE OPERATOR FAMILY app.op_family USING btree;
CREATE OPERATOR CLASS app.op_class_empty FOR TYPE bigint USING btree FAMILY app.op_family AS STORAGE bigint;
