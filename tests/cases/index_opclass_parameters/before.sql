CREATE EXTENSION pg_trgm;
CREATE TABLE public.docs (id integer, title text, body tsvector);
CREATE INDEX docs_body_idx ON public.docs USING gist (body);
CREATE INDEX docs_title_trgm_idx ON public.docs USING gist (title gist_trgm_ops);
