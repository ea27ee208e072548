CREATE TABLE public.t (id bigint NOT NULL);
CREATE SEQUENCE public.t_id_seq;
