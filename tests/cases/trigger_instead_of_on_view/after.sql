CREATE TABLE public.items (id integer PRIMARY KEY, name text NOT NULL, price numeric(10,2) NOT NULL, hidden boolean NOT NULL DEFAULT false);
CREATE VIEW public.v AS SELECT id, name FROM public.items;
CREATE FUNCTION public.v_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO public.items (id, name, price) VALUES (NEW.id, NEW.name, 0);
  RETURN NEW;
END
$$;
CREATE TRIGGER v_insert INSTEAD OF INSERT ON public.v FOR EACH ROW EXECUTE FUNCTION public.v_insert();
