CREATE TYPE public.address AS (street text, city varchar(40), zip integer);
COMMENT ON TYPE public.address IS 'a postal address';
