CREATE TABLE public.orders (id integer PRIMARY KEY, customer_code integer NOT NULL);
CREATE TABLE public.customers (customer_code integer PRIMARY KEY, name text NOT NULL);
-- The view compares customers.customer_code through USING, which its text names only once:
-- pg_depend says the view uses both columns, so retyping either rebuilds it.
CREATE VIEW public.order_customers AS SELECT orders.id, customers.name FROM public.orders JOIN public.customers USING (customer_code);
CREATE VIEW public.natural_pairs AS SELECT o.id FROM public.orders AS o NATURAL JOIN public.customers AS c;
