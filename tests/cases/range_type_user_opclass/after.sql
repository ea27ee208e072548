-- A range type whose subtype operator class is user-defined (pg_dump's own test
-- suite, op_class_custom): the operator and its class must exist before the range.
CREATE SCHEMA app;
CREATE OPERATOR app.~~ (PROCEDURE = int4eq, LEFTARG = integer, RIGHTARG = integer);
CREATE OPERATOR CLASS app.op_class_custom FOR TYPE integer USING btree AS OPERATOR 3 app.~~;
CREATE TYPE app.range_type_custom AS RANGE (subtype = integer, subtype_opclass = app.op_class_custom);
