CREATE FUNCTION public.next_code() RETURNS text LANGUAGE sql VOLATILE AS $$
SELECT 'A-' || floor(random() * 1000)::text
$$;
CREATE TABLE public.t (id integer PRIMARY KEY, code text NOT NULL DEFAULT public.next_code());
