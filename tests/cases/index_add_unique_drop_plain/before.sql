CREATE TABLE public.t (id integer PRIMARY KEY, email text, name text, at timestamptz);
CREATE INDEX t_at_idx ON public.t (at);
CREATE INDEX t_name_idx ON public.t (name);
