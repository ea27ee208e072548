CREATE EXTENSION pg_trgm;
CREATE TABLE public.docs (id integer PRIMARY KEY, title text);
CREATE INDEX docs_title_trgm ON public.docs USING gin (title gin_trgm_ops);
