CREATE SCHEMA "Stats Schema";
CREATE TABLE "Stats Schema"."Orders" (id integer, "Customer" integer, city text, zip text);
CREATE TABLE public.t (a integer, b integer, c text);
CREATE STATISTICS public.t_ab ON a, b FROM public.t;
CREATE STATISTICS public.t_kinds (ndistinct) ON a, b FROM public.t;
CREATE STATISTICS public.t_gone ON a, c FROM public.t;
COMMENT ON STATISTICS public.t_ab IS 'old note';
