CREATE SCHEMA "Ref Schema";
CREATE TABLE public.orders (id integer PRIMARY KEY, customer integer);
CREATE TABLE "Ref Schema"."Customers" (id integer PRIMARY KEY);
CREATE TABLE public.regions (id integer PRIMARY KEY);
CREATE FUNCTION public.check_ref() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
-- Its referenced table changes: dropped and created again.
CREATE CONSTRAINT TRIGGER customer_exists AFTER INSERT OR UPDATE ON public.orders
  FROM "Ref Schema"."Customers" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION public.check_ref();
-- Loses its FROM.
CREATE CONSTRAINT TRIGGER region_exists AFTER INSERT ON public.orders FROM public.regions
  FOR EACH ROW EXECUTE FUNCTION public.check_ref();
