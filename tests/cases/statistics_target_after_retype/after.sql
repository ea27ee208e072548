CREATE TABLE public.readings (label text NOT NULL, amount integer);
CREATE STATISTICS public.readings_stats (ndistinct) ON label, amount FROM public.readings;
ALTER STATISTICS public.readings_stats SET STATISTICS 200;
