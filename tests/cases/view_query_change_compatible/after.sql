CREATE TABLE public.items (id integer PRIMARY KEY, name text NOT NULL, price numeric(10,2) NOT NULL, hidden boolean NOT NULL DEFAULT false);
CREATE VIEW public.v AS SELECT id, name, price FROM public.items WHERE price > 0;
