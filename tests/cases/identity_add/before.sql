CREATE TABLE public.t (id integer NOT NULL, label text);
