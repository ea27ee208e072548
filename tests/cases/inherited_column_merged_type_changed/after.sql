CREATE TABLE public.base (id integer NOT NULL, n bigint);
CREATE TABLE public.child (n bigint, extra text) INHERITS (public.base);
