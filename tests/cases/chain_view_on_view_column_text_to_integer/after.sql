CREATE TABLE public.orders (id integer PRIMARY KEY, qty integer NOT NULL);
CREATE VIEW public.order_qty AS SELECT id, qty FROM public.orders;
CREATE VIEW public.big_orders AS SELECT id, qty FROM public.order_qty WHERE id > 100;
COMMENT ON VIEW public.big_orders IS 'Large ids';
