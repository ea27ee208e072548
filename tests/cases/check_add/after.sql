CREATE TABLE public.t (id integer PRIMARY KEY, price numeric, CONSTRAINT price_positive CHECK (price > 0));
