CREATE TABLE public.metrics (id bigint NOT NULL, at date NOT NULL, value double precision);
