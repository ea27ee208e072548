CREATE TABLE public.readings (label text NOT NULL, amount numeric(10,2));
CREATE STATISTICS public.readings_stats (ndistinct) ON label, amount FROM public.readings;
ALTER STATISTICS public.readings_stats SET STATISTICS 200;
