CREATE TABLE public.items (id integer PRIMARY KEY, price numeric NOT NULL);
CREATE FUNCTION public.with_tax(p numeric) RETURNS numeric LANGUAGE sql AS $$ SELECT p * 1.2 $$;
CREATE FUNCTION public.tuned() RETURNS integer LANGUAGE plpgsql SET work_mem = '64MB' SET search_path = public AS $$ BEGIN RETURN 1; END $$;
-- A view over the function: altering the function in place keeps it.
CREATE VIEW public.priced AS SELECT id, public.with_tax(price) AS gross FROM public.items;
