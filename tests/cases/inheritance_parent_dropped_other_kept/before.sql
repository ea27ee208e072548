CREATE TABLE public.base (id integer NOT NULL, n integer, CONSTRAINT base_n CHECK (n > 0));
CREATE TABLE public.mid (m text) INHERITS (public.base);
CREATE TABLE public.kid (k text) INHERITS (public.base, public.mid);
