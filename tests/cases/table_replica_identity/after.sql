CREATE TABLE public.a (id integer PRIMARY KEY, code text NOT NULL, CONSTRAINT a_code_key UNIQUE (code));
ALTER TABLE public.a REPLICA IDENTITY USING INDEX a_code_key;
CREATE TABLE public.b (id integer);
ALTER TABLE public.b REPLICA IDENTITY FULL;
CREATE TABLE public.c (id integer NOT NULL, CONSTRAINT c_id_key UNIQUE (id));
ALTER TABLE public.c REPLICA IDENTITY NOTHING;
