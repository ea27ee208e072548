CREATE TABLE public.t (id integer PRIMARY KEY, a integer, b integer GENERATED ALWAYS AS (a * 2) STORED);
COMMENT ON COLUMN public.t.b IS 'Twice a';
CREATE INDEX t_b ON public.t (b);
