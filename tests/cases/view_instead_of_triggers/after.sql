CREATE SCHEMA private;
CREATE TABLE private.stuff (id integer PRIMARY KEY, name text);
CREATE VIEW public.stuff AS SELECT * FROM private.stuff;
CREATE FUNCTION public.stuff_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE private.stuff SET name = new.name WHERE id = old.id;
  RETURN new;
END $$;
-- PostgREST's test.stuff: updates through the view go to the table.
CREATE TRIGGER stuff_update INSTEAD OF UPDATE ON public.stuff FOR EACH ROW EXECUTE FUNCTION public.stuff_update();
COMMENT ON TRIGGER stuff_update ON public.stuff IS 'writes through';
