CREATE SCHEMA "Ref Schema";
CREATE TABLE public.orders (id integer PRIMARY KEY, customer integer);
CREATE TABLE public.customers (id integer PRIMARY KEY);
CREATE FUNCTION public.check_ref() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE CONSTRAINT TRIGGER customer_exists AFTER INSERT OR UPDATE ON public.orders
  FROM public.customers DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION public.check_ref();
CREATE CONSTRAINT TRIGGER region_exists AFTER INSERT ON public.orders
  FOR EACH ROW EXECUTE FUNCTION public.check_ref();
-- A new table referenced by a new trigger; a table referenced from another schema.
CREATE TABLE "Ref Schema".audit (id integer);
CREATE CONSTRAINT TRIGGER "audited ""row""" AFTER DELETE ON "Ref Schema".audit FROM public.orders
  NOT DEFERRABLE FOR EACH ROW EXECUTE FUNCTION public.check_ref();
