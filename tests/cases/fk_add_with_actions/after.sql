CREATE TABLE public.parent (id integer PRIMARY KEY, code text NOT NULL, CONSTRAINT parent_code_key UNIQUE (code));
CREATE TABLE public.child (id integer PRIMARY KEY, parent_id integer, CONSTRAINT child_parent_fk FOREIGN KEY (parent_id) REFERENCES public.parent (id) ON DELETE CASCADE ON UPDATE SET NULL);
