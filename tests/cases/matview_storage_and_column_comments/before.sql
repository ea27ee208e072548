CREATE TABLE public.sales (id integer PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL);
CREATE MATERIALIZED VIEW public.by_region AS SELECT region, sum(amount) AS total FROM public.sales GROUP BY region;
CREATE UNIQUE INDEX by_region_region ON public.by_region (region);
CREATE MATERIALIZED VIEW public.tuned WITH (fillfactor = 50) AS SELECT id, region FROM public.sales;
COMMENT ON COLUMN public.tuned.region IS 'old';
