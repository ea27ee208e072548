-- Procedural languages no extension created, on plpgsql's handlers (pg_catalog's).
CREATE LANGUAGE plsame HANDLER plpgsql_call_handler;
CREATE TRUSTED LANGUAGE "Pl Gone" HANDLER plpgsql_call_handler INLINE plpgsql_inline_handler VALIDATOR plpgsql_validator;
COMMENT ON LANGUAGE "Pl Gone" IS 'it''s going';
CREATE FUNCTION public.in_gone() RETURNS integer LANGUAGE "Pl Gone" AS 'BEGIN RETURN 1; END';
CREATE FUNCTION public.in_same() RETURNS integer LANGUAGE plsame AS 'BEGIN RETURN 2; END';
