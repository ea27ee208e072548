CREATE TABLE public.items (id integer PRIMARY KEY, owner text NOT NULL, price numeric NOT NULL);
CREATE VIEW public.mine AS SELECT id, owner, price FROM public.items WHERE owner = current_user;
CREATE VIEW public.cheap WITH (security_barrier = true) AS SELECT id, price FROM public.items WHERE price < 10
  WITH LOCAL CHECK OPTION;
