CREATE TABLE public.orders (id bigint PRIMARY KEY, customer text NOT NULL, total numeric NOT NULL);
CREATE MATERIALIZED VIEW public.customer_totals AS SELECT customer, sum(total) AS total FROM public.orders GROUP BY customer;
CREATE UNIQUE INDEX customer_totals_customer_idx ON public.customer_totals (customer);
CREATE INDEX customer_totals_total_idx ON public.customer_totals (total);
ALTER MATERIALIZED VIEW public.customer_totals CLUSTER ON customer_totals_total_idx;
