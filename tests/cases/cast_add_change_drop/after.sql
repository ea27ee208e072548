CREATE SCHEMA "Cast Schema";
CREATE FUNCTION "Cast Schema"."To Point"(integer) RETURNS point LANGUAGE sql IMMUTABLE AS 'SELECT point($1, $1)';
CREATE FUNCTION public.bool_to_money(boolean) RETURNS money LANGUAGE sql IMMUTABLE AS 'SELECT CASE WHEN $1 THEN 1::money ELSE 0::money END';
CREATE FUNCTION public.money_to_bool(money) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 <> 0::money';
CREATE CAST (integer AS point) WITH FUNCTION "Cast Schema"."To Point"(integer) AS IMPLICIT;
CREATE CAST (money AS boolean) WITH FUNCTION public.money_to_bool(money);
COMMENT ON CAST (integer AS point) IS 'it''s new';
