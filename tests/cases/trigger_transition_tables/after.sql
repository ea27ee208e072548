CREATE TABLE public.orders (id integer PRIMARY KEY, total numeric NOT NULL);
CREATE FUNCTION public.summarize() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE TRIGGER orders_inserted AFTER INSERT ON public.orders
  REFERENCING NEW TABLE AS "New Rows" FOR EACH STATEMENT EXECUTE FUNCTION public.summarize();
CREATE TRIGGER orders_changed AFTER UPDATE ON public.orders
  REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows FOR EACH ROW EXECUTE FUNCTION public.summarize();
CREATE TRIGGER orders_deleted AFTER DELETE ON public.orders
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION public.summarize();
