CREATE TABLE public.t (id integer PRIMARY KEY, email text, name text, tags text[], doc jsonb, at timestamptz, box box, score integer);
CREATE INDEX t_box_gist ON public.t USING gist (box);
CREATE INDEX t_at_brin ON public.t USING brin (at);
CREATE INDEX t_name_hash ON public.t USING hash (name);
