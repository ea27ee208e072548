CREATE TABLE public.base (id integer NOT NULL, n integer, CONSTRAINT base_n_check CHECK (n > 0));
CREATE TABLE public.child (extra text) INHERITS (public.base);
CREATE TABLE public.other (id integer NOT NULL, n integer, note text);
