CREATE SCHEMA "Std Bodies";
CREATE TABLE public.items (id integer PRIMARY KEY, price numeric NOT NULL, note text);
-- a string body becomes a standard one, with the same signature
CREATE FUNCTION public.double_it(x integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN x * 2;
CREATE FUNCTION public.total() RETURNS numeric LANGUAGE sql STABLE
  RETURN (SELECT coalesce(sum(price), 0) FROM public.items WHERE note IS NULL);
CREATE PROCEDURE public.add_item(i integer, p numeric)
  LANGUAGE sql
  BEGIN ATOMIC
    INSERT INTO public.items (id, price) VALUES (i, p);
    UPDATE public.items SET note = 'added' WHERE id = i;
  END;
CREATE FUNCTION "Std Bodies".expensive(OUT id integer, OUT price numeric) RETURNS SETOF record
  LANGUAGE sql STABLE
  BEGIN ATOMIC
    SELECT id, price FROM public.items WHERE price > public.double_it(10) ORDER BY id;
  END;
COMMENT ON FUNCTION public.total() IS 'sum of unnoted prices';
