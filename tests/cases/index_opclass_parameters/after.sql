CREATE EXTENSION pg_trgm;
CREATE TABLE public.docs (id integer, title text, body tsvector);
CREATE INDEX docs_body_idx ON public.docs USING gist (body tsvector_ops (siglen = 100));
CREATE INDEX docs_title_trgm_idx ON public.docs USING gist (title gist_trgm_ops (siglen = 32));
CREATE INDEX "Docs title 2" ON public.docs USING gist (lower(title) public.gist_trgm_ops (siglen = 64), body);
