CREATE TABLE public.readings (id integer, value integer);
