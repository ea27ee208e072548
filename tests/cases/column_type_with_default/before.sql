CREATE TABLE public.t (id integer PRIMARY KEY, status text NOT NULL DEFAULT '0');
