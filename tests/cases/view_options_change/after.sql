CREATE TABLE public.items (id integer PRIMARY KEY, owner text NOT NULL, price numeric NOT NULL);
CREATE VIEW public.mine WITH (security_barrier = true, security_invoker = true) AS
  SELECT id, owner, price FROM public.items WHERE owner = current_user WITH CASCADED CHECK OPTION;
CREATE VIEW public.cheap AS SELECT id, price FROM public.items WHERE price < 10;
