CREATE TABLE public.left_base (id integer NOT NULL, n integer, CONSTRAINT n_positive CHECK (n > 0));
CREATE TABLE public.right_base (n integer);
CREATE TABLE public.kid (extra text, CONSTRAINT n_positive CHECK (n > 0)) INHERITS (public.left_base, public.right_base);
