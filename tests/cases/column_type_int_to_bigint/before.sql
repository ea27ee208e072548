CREATE TABLE public.t (id integer PRIMARY KEY, n integer NOT NULL);
