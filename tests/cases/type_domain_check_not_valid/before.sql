CREATE DOMAIN public.price AS numeric;
CREATE TABLE public.items (id integer PRIMARY KEY, price public.price);
