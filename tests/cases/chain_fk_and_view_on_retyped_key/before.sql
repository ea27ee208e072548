CREATE TABLE public.customers (id integer PRIMARY KEY, name text);
CREATE TABLE public.orders (id integer PRIMARY KEY, customer_id integer NOT NULL REFERENCES public.customers (id) ON DELETE CASCADE);
CREATE INDEX orders_customer ON public.orders (customer_id);
CREATE VIEW public.order_customers AS SELECT o.id, c.name FROM public.orders o JOIN public.customers c ON c.id = o.customer_id;
