CREATE TABLE public.departments (id integer PRIMARY KEY, head_id integer);
CREATE TABLE public.agents (id integer PRIMARY KEY, department_id integer);
ALTER TABLE public.departments ADD CONSTRAINT departments_head_id_fkey FOREIGN KEY (head_id) REFERENCES public.agents (id);
ALTER TABLE public.agents ADD CONSTRAINT agents_department_id_fkey FOREIGN KEY (department_id) REFERENCES public.departments (id);
INSERT INTO public.departments VALUES (1, NULL);
