CREATE TABLE public.t (id integer, email text, a integer, b integer);
CREATE INDEX t_lower_email ON public.t (lower(email));
CREATE INDEX t_sum ON public.t (id, (a + b), (a * b));
ALTER INDEX public.t_sum ALTER COLUMN 3 SET STATISTICS 100;
