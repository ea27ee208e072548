CREATE TABLE public.base (id integer NOT NULL);
CREATE TABLE public.child (extra text) INHERITS (public.base);
