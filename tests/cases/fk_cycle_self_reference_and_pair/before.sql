CREATE TABLE public.family_tree (id integer PRIMARY KEY, name text, parent integer REFERENCES public.family_tree (id));
