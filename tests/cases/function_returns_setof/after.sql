CREATE TABLE public.items (id integer PRIMARY KEY, name text NOT NULL, price numeric(10,2) NOT NULL, hidden boolean NOT NULL DEFAULT false);
CREATE FUNCTION public.visible() RETURNS SETOF public.items LANGUAGE sql STABLE ROWS 50 AS $$
SELECT * FROM public.items WHERE NOT hidden ORDER BY id
$$;
