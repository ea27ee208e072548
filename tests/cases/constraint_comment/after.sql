CREATE TABLE public.t (id integer, CONSTRAINT t_id_positive CHECK (id > 0));
COMMENT ON CONSTRAINT t_id_positive ON public.t IS 'Identifiers start at 1';
