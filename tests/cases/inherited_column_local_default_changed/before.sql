CREATE TABLE public.base (id integer NOT NULL, n integer DEFAULT 1);
CREATE TABLE public.child (n integer DEFAULT 5, extra text) INHERITS (public.base);
