CREATE TABLE public.t (id integer PRIMARY KEY, email text, name text, tags text[], doc jsonb, at timestamptz, box box, score integer);
CREATE UNIQUE INDEX t_lower_email ON public.t (lower(email));
CREATE INDEX t_doc_kind ON public.t ((doc ->> 'kind'), (score + 1));
