CREATE TABLE public.orders (id integer PRIMARY KEY, customer_code integer NOT NULL);
CREATE TABLE public.customers (customer_code bigint PRIMARY KEY, name text NOT NULL);
CREATE VIEW public.order_customers AS SELECT orders.id, customers.name FROM public.orders JOIN public.customers USING (customer_code);
CREATE VIEW public.natural_pairs AS SELECT o.id FROM public.orders AS o NATURAL JOIN public.customers AS c;
