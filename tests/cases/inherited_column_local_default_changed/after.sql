CREATE TABLE public.base (id integer NOT NULL, n integer DEFAULT 2);
CREATE TABLE public.child (n integer DEFAULT 7, extra text) INHERITS (public.base);
