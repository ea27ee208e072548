CREATE TABLE public.items (id integer PRIMARY KEY, name text NOT NULL, price numeric(10,2) NOT NULL, hidden boolean NOT NULL DEFAULT false);
CREATE VIEW public.inner_v AS SELECT id, name, price FROM public.items;
CREATE VIEW public.outer_v AS SELECT id, name FROM public.inner_v WHERE id > 0;
