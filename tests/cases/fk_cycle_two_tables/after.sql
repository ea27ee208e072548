-- departments.head_id references agents, agents.department_id references departments:
-- neither table can be created with its foreign key before the other exists.
CREATE TABLE public.departments (id integer PRIMARY KEY, name text NOT NULL, head_id integer);
CREATE TABLE public.agents (id integer PRIMARY KEY, name text, department_id integer);
ALTER TABLE public.departments ADD CONSTRAINT departments_head_id_fkey FOREIGN KEY (head_id) REFERENCES public.agents (id);
ALTER TABLE public.agents ADD CONSTRAINT agents_department_id_fkey FOREIGN KEY (department_id) REFERENCES public.departments (id) ON DELETE SET NULL;
COMMENT ON CONSTRAINT agents_department_id_fkey ON public.agents IS 'where the agent works';
-- Outside the cycle: stays in its CREATE TABLE.
CREATE TABLE public.calls (id integer PRIMARY KEY, agent_id integer REFERENCES public.agents (id));
