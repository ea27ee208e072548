CREATE FOREIGN DATA WRAPPER first_fdw;
CREATE FOREIGN DATA WRAPPER second_fdw;
CREATE SERVER archive FOREIGN DATA WRAPPER first_fdw OPTIONS (host 'archive.internal');
CREATE USER MAPPING FOR PUBLIC SERVER archive OPTIONS (user 'reader');
CREATE FOREIGN TABLE public.old_orders (id integer, total numeric OPTIONS (column_name 'amount'))
  SERVER archive OPTIONS (table_name 'orders');
COMMENT ON FOREIGN TABLE public.old_orders IS 'orders before 2020';
GRANT SELECT ON public.old_orders TO PUBLIC;
CREATE VIEW public.old_totals AS SELECT sum(total) AS total FROM public.old_orders;
-- Untouched: another server of the same wrapper.
CREATE SERVER current_orders FOREIGN DATA WRAPPER first_fdw;
CREATE FOREIGN TABLE public.new_orders (id integer) SERVER current_orders;
