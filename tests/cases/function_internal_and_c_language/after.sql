-- Another symbol; a cost of its own; a new one.
CREATE FUNCTION public.my_length(text) RETURNS integer LANGUAGE internal IMMUTABLE STRICT AS 'textoctetlen';
CREATE FUNCTION public.digest_of(bytea, text) RETURNS bytea LANGUAGE c IMMUTABLE STRICT COST 5
  AS '$libdir/pgcrypto', 'pg_digest';
CREATE FUNCTION "public"."Lower ""it""" (text) RETURNS text LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE AS 'lower';
COMMENT ON FUNCTION public."Lower ""it"""(text) IS 'internal';
