CREATE EXTENSION pg_trgm VERSION '1.6';
CREATE TABLE public.docs (id integer PRIMARY KEY, body text NOT NULL);
CREATE INDEX docs_body_trgm ON public.docs USING gin (body public.gin_trgm_ops);
