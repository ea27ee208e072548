CREATE TABLE public.notes (id integer);
