CREATE TABLE public.departments (id integer PRIMARY KEY, head_id integer);
CREATE TABLE public.agents (id integer PRIMARY KEY, department_id integer REFERENCES public.departments (id));
ALTER TABLE public.departments ADD CONSTRAINT departments_head_id_fkey FOREIGN KEY (head_id) REFERENCES public.agents (id);
CREATE TABLE public.badges (id integer PRIMARY KEY, agent_id integer REFERENCES public.agents (id));
