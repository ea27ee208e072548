CREATE TABLE public.t (id integer PRIMARY KEY, email text, name text, tags text[], doc jsonb, at timestamptz, box box, score integer);
CREATE UNIQUE INDEX t_email_idx ON public.t (email) INCLUDE (name, score);
