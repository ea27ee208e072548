CREATE TABLE public.base (id integer NOT NULL, n integer, CONSTRAINT n_positive CHECK (n > 0));
CREATE TABLE public.kid (extra text, CONSTRAINT n_positive CHECK (n > 0)) INHERITS (public.base);
