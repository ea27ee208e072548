CREATE TABLE public.child (id integer PRIMARY KEY, parent_id integer);
