CREATE TABLE public.a (id integer PRIMARY KEY, code text NOT NULL, CONSTRAINT a_code_key UNIQUE (code));
CREATE TABLE public.b (id integer);
CREATE TABLE public.c (id integer NOT NULL, CONSTRAINT c_id_key UNIQUE (id));
ALTER TABLE public.c REPLICA IDENTITY USING INDEX c_id_key;
