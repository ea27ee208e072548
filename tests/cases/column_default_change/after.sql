CREATE TABLE public.t (id integer PRIMARY KEY, state text DEFAULT 'open', n integer DEFAULT (2 * 3));
