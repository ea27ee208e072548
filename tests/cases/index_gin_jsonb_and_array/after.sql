CREATE TABLE public.t (id integer PRIMARY KEY, email text, name text, tags text[], doc jsonb, at timestamptz, box box, score integer);
CREATE INDEX t_doc_gin ON public.t USING gin (doc jsonb_path_ops);
CREATE INDEX t_tags_gin ON public.t USING gin (tags);
