-- orders.region defaults to a SQL function reading regions, and regions references
-- orders: the cycle runs through the function, and only the foreign key can break it.
CREATE TABLE public.regions (id integer PRIMARY KEY, name text, first_order integer);
CREATE FUNCTION public.default_region() RETURNS integer LANGUAGE sql STABLE AS 'SELECT min(id) FROM public.regions';
CREATE TABLE public.orders (id integer PRIMARY KEY, region integer DEFAULT public.default_region());
ALTER TABLE public.regions ADD CONSTRAINT regions_first_order_fkey FOREIGN KEY (first_order) REFERENCES public.orders (id);
