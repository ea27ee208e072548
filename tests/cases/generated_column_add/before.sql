CREATE TABLE public.t (id integer PRIMARY KEY, price numeric NOT NULL, qty integer NOT NULL);
