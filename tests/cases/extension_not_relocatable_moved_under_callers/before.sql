-- xml2 is not relocatable: moved, it is dropped and created again in the new schema while a
-- default, a CHECK, a view and a trigger WHEN call its functions, which the other side
-- calls in the new schema. They are dropped before and created again after, as changed.
CREATE SCHEMA ext;
CREATE EXTENSION xml2;
CREATE TABLE public.feeds (
  id integer PRIMARY KEY,
  doc text NOT NULL CHECK (public.xpath_string(doc, '/a') IS NOT NULL),
  title text DEFAULT public.xpath_string('<a>untitled</a>', '/a')
);
CREATE VIEW public.feed_titles AS SELECT id, public.xpath_string(doc, '/a/title') AS title FROM public.feeds;
CREATE FUNCTION public.seen() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER feeds_seen BEFORE UPDATE ON public.feeds FOR EACH ROW
  WHEN (public.xpath_bool(NEW.doc, '/a')) EXECUTE FUNCTION public.seen();
