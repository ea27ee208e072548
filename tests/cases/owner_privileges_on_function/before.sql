-- Routines and types whose owner holds its EXECUTE and USAGE.
CREATE FUNCTION public.double(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT x * 2';
CREATE PROCEDURE public.noop() LANGUAGE sql AS 'SELECT 1';
CREATE TYPE public.mood AS ENUM ('ok', 'sad');
CREATE DOMAIN public.positive AS integer CHECK (VALUE > 0);
