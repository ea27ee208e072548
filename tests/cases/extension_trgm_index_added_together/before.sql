CREATE TABLE public.docs (id integer PRIMARY KEY, title text);
