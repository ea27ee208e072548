CREATE TABLE public.items (id integer PRIMARY KEY, name text NOT NULL, price numeric(10,2) NOT NULL, hidden boolean NOT NULL DEFAULT false);
CREATE MATERIALIZED VIEW public.m AS SELECT id, name FROM public.items WITH NO DATA;
