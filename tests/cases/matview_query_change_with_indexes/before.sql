CREATE TABLE public.items (id integer PRIMARY KEY, name text NOT NULL, price numeric(10,2) NOT NULL, hidden boolean NOT NULL DEFAULT false);
CREATE MATERIALIZED VIEW public.m AS SELECT id, name FROM public.items;
CREATE UNIQUE INDEX m_id ON public.m (id);
CREATE INDEX m_name ON public.m (lower(name));
COMMENT ON MATERIALIZED VIEW public.m IS 'Snapshot';
