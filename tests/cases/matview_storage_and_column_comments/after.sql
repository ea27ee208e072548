CREATE TABLE public.sales (id integer PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL);
CREATE MATERIALIZED VIEW public.by_region WITH (fillfactor = 70, autovacuum_enabled = false, toast.autovacuum_enabled = false) AS
  SELECT region, sum(amount) AS total FROM public.sales GROUP BY region;
CREATE UNIQUE INDEX by_region_region ON public.by_region (region);
COMMENT ON COLUMN public.by_region.total IS 'Sum of amounts';
CREATE MATERIALIZED VIEW public.tuned AS SELECT id, region FROM public.sales;
COMMENT ON COLUMN public.tuned.id IS 'new';
