CREATE TABLE public.items (id integer PRIMARY KEY, name text NOT NULL, price numeric(10,2) NOT NULL, hidden boolean NOT NULL DEFAULT false);
CREATE PROCEDURE public.hide_all() LANGUAGE sql AS $$
UPDATE public.items SET hidden = true WHERE price = 0
$$;
CREATE PROCEDURE public.reprice(IN factor numeric, INOUT changed integer DEFAULT 0) LANGUAGE plpgsql AS $$
BEGIN
  UPDATE public.items SET price = price * factor;
  GET DIAGNOSTICS changed = ROW_COUNT;
END
$$;
