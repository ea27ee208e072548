CREATE TABLE public.base (id integer NOT NULL, x_doubled integer GENERATED ALWAYS AS (id * 2) STORED, n integer);
CREATE TABLE public.child (n integer, extra text) INHERITS (public.base);
CREATE TABLE public.plain (keep integer, id integer, x_doubled integer GENERATED ALWAYS AS (id * 2) STORED);
