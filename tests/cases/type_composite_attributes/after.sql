CREATE TYPE public.address AS (street text COLLATE "C", city varchar(80), country text);
COMMENT ON TYPE public.address IS 'where to send it';
CREATE TYPE public.empty_one AS ();
