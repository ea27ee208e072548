CREATE TABLE public.t (id integer PRIMARY KEY, state text DEFAULT 'new', n integer DEFAULT 1);
