-- LANGUAGE internal (a built-in C function by name) and c (a symbol in an object file).
CREATE FUNCTION public.my_length(text) RETURNS integer LANGUAGE internal IMMUTABLE STRICT AS 'textlen';
CREATE FUNCTION public.digest_of(bytea, text) RETURNS bytea LANGUAGE c IMMUTABLE STRICT
  AS '$libdir/pgcrypto', 'pg_digest';
CREATE FUNCTION public.gone(text) RETURNS text LANGUAGE internal IMMUTABLE STRICT AS 'upper';
