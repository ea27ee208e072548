CREATE TABLE public.parent (id bigint PRIMARY KEY);
CREATE TABLE public.child (id integer PRIMARY KEY, parent_id bigint REFERENCES public.parent (id));
