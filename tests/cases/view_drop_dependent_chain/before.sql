CREATE TABLE public.items (id integer PRIMARY KEY, name text NOT NULL, price numeric(10,2) NOT NULL, hidden boolean NOT NULL DEFAULT false);
CREATE VIEW public.a AS SELECT id, name FROM public.items;
CREATE VIEW public.b AS SELECT id FROM public.a;
CREATE VIEW public.c AS SELECT count(*) AS n FROM public.b;
