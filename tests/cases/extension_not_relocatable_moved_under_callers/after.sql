CREATE SCHEMA ext;
CREATE EXTENSION xml2 WITH SCHEMA ext;
CREATE TABLE public.feeds (
  id integer PRIMARY KEY,
  doc text NOT NULL CHECK (ext.xpath_string(doc, '/a') IS NOT NULL),
  title text DEFAULT ext.xpath_string('<a>untitled</a>', '/a')
);
CREATE VIEW public.feed_titles AS SELECT id, ext.xpath_string(doc, '/a/title') AS title FROM public.feeds;
CREATE FUNCTION public.seen() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER feeds_seen BEFORE UPDATE ON public.feeds FOR EACH ROW
  WHEN (ext.xpath_bool(NEW.doc, '/a')) EXECUTE FUNCTION public.seen();
