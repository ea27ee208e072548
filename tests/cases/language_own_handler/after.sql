-- A language whose handler and validator are functions of a managed schema (LANGUAGE c,
-- plpgsql's shared library): created after them, before what is written in it; dropped
-- the other way round.
CREATE SCHEMA lang;
CREATE FUNCTION lang.handler() RETURNS language_handler LANGUAGE c AS '$libdir/plpgsql', 'plpgsql_call_handler';
CREATE FUNCTION lang.validator(oid) RETURNS void LANGUAGE c STRICT AS '$libdir/plpgsql', 'plpgsql_validator';
CREATE LANGUAGE plown HANDLER lang.handler VALIDATOR lang.validator;
CREATE FUNCTION lang.answer() RETURNS integer LANGUAGE plown AS 'BEGIN RETURN 42; END';
CREATE TABLE lang.t (id integer DEFAULT lang.answer());
