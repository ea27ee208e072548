CREATE SCHEMA private;
CREATE TABLE private.stuff (id integer PRIMARY KEY, name text);
CREATE VIEW public.stuff AS SELECT * FROM private.stuff;
CREATE FUNCTION public.stuff_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE private.stuff SET name = new.name WHERE id = old.id;
  RETURN new;
END $$;
