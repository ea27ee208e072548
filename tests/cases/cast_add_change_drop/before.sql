CREATE SCHEMA "Cast Schema";
CREATE FUNCTION "Cast Schema"."To Point"(integer) RETURNS point LANGUAGE sql IMMUTABLE AS 'SELECT point($1, $1)';
CREATE FUNCTION public.bool_to_money(boolean) RETURNS money LANGUAGE sql IMMUTABLE AS 'SELECT CASE WHEN $1 THEN 1::money ELSE 0::money END';
CREATE CAST (integer AS point) WITH FUNCTION "Cast Schema"."To Point"(integer);
CREATE CAST (boolean AS money) WITH FUNCTION public.bool_to_money(boolean) AS ASSIGNMENT;
COMMENT ON CAST (integer AS point) IS 'old note';
