CREATE TABLE public.t (id integer PRIMARY KEY, status integer NOT NULL DEFAULT 0);
