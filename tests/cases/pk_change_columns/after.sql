CREATE TABLE public.t (tenant integer NOT NULL, id integer NOT NULL, CONSTRAINT t_pkey PRIMARY KEY (tenant, id));
