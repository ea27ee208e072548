CREATE TABLE public.items (id integer PRIMARY KEY, name text NOT NULL, price numeric(10,2) NOT NULL, hidden boolean NOT NULL DEFAULT false);
CREATE FUNCTION public.cheap(max_price numeric) RETURNS TABLE(id integer, name text, price numeric) LANGUAGE sql STABLE AS $$
SELECT id, name, price FROM public.items WHERE price < max_price
$$;
