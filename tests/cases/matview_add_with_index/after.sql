CREATE TABLE public.items (id integer PRIMARY KEY, name text NOT NULL, price numeric(10,2) NOT NULL, hidden boolean NOT NULL DEFAULT false);
CREATE MATERIALIZED VIEW public.item_stats AS SELECT hidden, count(*) AS n, sum(price) AS total FROM public.items GROUP BY hidden;
CREATE UNIQUE INDEX item_stats_hidden ON public.item_stats (hidden);
