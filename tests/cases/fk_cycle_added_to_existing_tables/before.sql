CREATE TABLE public.departments (id integer PRIMARY KEY, head_id integer);
CREATE TABLE public.agents (id integer PRIMARY KEY, department_id integer);
INSERT INTO public.departments VALUES (1, 10);
INSERT INTO public.agents VALUES (10, 1);
