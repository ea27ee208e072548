CREATE TABLE public.base (id integer NOT NULL);
CREATE TABLE public.child (n integer, extra text) INHERITS (public.base);
