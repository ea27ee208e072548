CREATE TABLE public.base (id integer NOT NULL, n integer);
CREATE TABLE public.child (extra text) INHERITS (public.base);
CREATE TABLE public.grandchild (more text) INHERITS (public.child);
