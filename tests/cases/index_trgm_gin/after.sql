CREATE EXTENSION pg_trgm;
CREATE TABLE public.t (id integer PRIMARY KEY, email text, name text, tags text[], doc jsonb, at timestamptz, box box, score integer);
CREATE INDEX t_name_trgm ON public.t USING gin (name gin_trgm_ops);
CREATE INDEX t_email_trgm ON public.t USING gist (email gist_trgm_ops);
