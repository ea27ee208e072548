CREATE TABLE public.t (id integer PRIMARY KEY, price numeric, status text, CONSTRAINT t_check CHECK (price > 0));
