CREATE TABLE public.items (id integer PRIMARY KEY, name text, price numeric);
CREATE FUNCTION public.all_items() RETURNS SETOF public.items LANGUAGE sql STABLE AS $$
SELECT * FROM public.items
$$;
