CREATE TABLE public.t (id integer NOT NULL, CONSTRAINT t_id_key PRIMARY KEY (id));
