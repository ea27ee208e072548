-- The root's code allows NULL; e_0's own primary key keeps it NOT NULL there.
CREATE TABLE public.e (id integer NOT NULL, part integer NOT NULL, code text) PARTITION BY HASH (part);
CREATE TABLE public.e_0 PARTITION OF public.e FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE public.e_1 PARTITION OF public.e FOR VALUES WITH (MODULUS 2, REMAINDER 1);
ALTER TABLE public.e_0 ADD CONSTRAINT e_0_pkey PRIMARY KEY (code, part);
