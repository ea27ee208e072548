CREATE TABLE public.left_base (id integer NOT NULL, n integer);
CREATE TABLE public.right_base (n integer, label text);
CREATE TABLE public.child (n integer, extra text) INHERITS (public.left_base, public.right_base);
