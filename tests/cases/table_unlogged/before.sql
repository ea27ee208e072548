CREATE TABLE public.scratch (id integer PRIMARY KEY, body text);
