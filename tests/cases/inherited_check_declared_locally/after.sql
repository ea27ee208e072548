CREATE TABLE public.base (id integer NOT NULL, n integer, CONSTRAINT n_positive CHECK (n > 1));
CREATE TABLE public.kid (extra text) INHERITS (public.base);
