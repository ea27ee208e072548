CREATE TABLE public.base (id integer NOT NULL, n integer, CONSTRAINT base_n_check CHECK (n > 0), added text);
CREATE TABLE public.child (id integer NOT NULL, n integer, extra text, CONSTRAINT base_n_check CHECK (n > 0));
CREATE TABLE public.other (note text) INHERITS (public.base);
