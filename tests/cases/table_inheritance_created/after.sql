CREATE TABLE public.base (id integer NOT NULL, n integer, CONSTRAINT base_n_check CHECK (n > 0));
CREATE TABLE public.child (extra text, CONSTRAINT child_extra_check CHECK (extra <> '')) INHERITS (public.base);
CREATE TABLE public.grandchild () INHERITS (public.child);
