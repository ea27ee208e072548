-- hstore downgraded (no script leads from 1.8 to 1.7): dropped and created again while a
-- column of its type waits as text (its default and the generated column computed from it
-- go along), a default and a CHECK on other columns call its functions, our function of
-- its type is called by a default of another table, a trigger WHEN and a materialized view
-- call its functions. Upgraded back in place.
CREATE EXTENSION hstore VERSION '1.8';
CREATE FUNCTION public.first(h public.hstore) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT h -> 'a' $$;
CREATE TABLE public.items (
  id integer PRIMARY KEY,
  attrs public.hstore DEFAULT 'a=>0'::public.hstore,
  keys text[] DEFAULT public.akeys('a=>1'::public.hstore) CHECK (cardinality(keys) < 10),
  label text CHECK (public.exist(('k=>' || label)::public.hstore, 'k')),
  first_a text GENERATED ALWAYS AS (public.first(attrs)) STORED
);
CREATE TABLE public.notes (id integer PRIMARY KEY, body text DEFAULT public.first('a=>x'::public.hstore));
CREATE FUNCTION public.stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER items_stamp BEFORE UPDATE ON public.items FOR EACH ROW
  WHEN (public.defined(NEW.attrs, 'a')) EXECUTE FUNCTION public.stamp();
CREATE MATERIALIZED VIEW public.item_keys AS SELECT id, public.akeys(attrs) AS k FROM public.items;
