CREATE TABLE public.parent (id integer PRIMARY KEY, code text NOT NULL, CONSTRAINT parent_code_key UNIQUE (code));
CREATE TABLE public.child (id integer PRIMARY KEY, parent_id integer);
