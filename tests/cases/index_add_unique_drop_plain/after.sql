CREATE TABLE public.t (id integer PRIMARY KEY, email text, name text, at timestamptz);
CREATE INDEX t_name_idx ON public.t (name);
CREATE UNIQUE INDEX t_email_key ON public.t (email);
