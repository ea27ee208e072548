CREATE TABLE public.t (id integer, email text, a integer, b integer);
CREATE INDEX t_lower_email ON public.t (lower(email));
ALTER INDEX public.t_lower_email ALTER COLUMN 1 SET STATISTICS 500;
CREATE INDEX t_sum ON public.t (id, (a + b), (a * b));
ALTER INDEX public.t_sum ALTER COLUMN 2 SET STATISTICS 1000;
CREATE INDEX t_new ON public.t ((a - b));
ALTER INDEX public.t_new ALTER COLUMN 1 SET STATISTICS 50;
