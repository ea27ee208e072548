CREATE TABLE public.t (id integer, CONSTRAINT t_id_positive CHECK (id > 0));
