CREATE TABLE public.items (id integer PRIMARY KEY, price numeric NOT NULL);
CREATE FUNCTION public.with_tax(p numeric) RETURNS numeric LANGUAGE sql
  IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE COST 5 AS $$ SELECT p * 1.2 $$;
CREATE FUNCTION public.tuned() RETURNS integer LANGUAGE plpgsql
  SECURITY DEFINER SET search_path = '' SET statement_timeout = '5s' COST 0.5 AS $$ BEGIN RETURN 1; END $$;
CREATE VIEW public.priced AS SELECT id, public.with_tax(price) AS gross FROM public.items;
