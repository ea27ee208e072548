CREATE TABLE public.t (id integer PRIMARY KEY, email text, name text, tags text[], doc jsonb, at timestamptz, box box, score integer);
CREATE INDEX t_at_brin ON public.t USING brin (at) WITH (pages_per_range = 32);
