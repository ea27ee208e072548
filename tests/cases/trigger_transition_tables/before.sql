CREATE TABLE public.orders (id integer PRIMARY KEY, total numeric NOT NULL);
CREATE FUNCTION public.summarize() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE TRIGGER orders_inserted AFTER INSERT ON public.orders
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION public.summarize();
