CREATE TABLE public.t (id integer PRIMARY KEY, email text, name text, tags text[], doc jsonb, at timestamptz, box box, score integer);
CREATE INDEX t_name_idx ON public.t (name);
