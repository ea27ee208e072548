CREATE TABLE public.departments (id integer PRIMARY KEY, head_id integer);
