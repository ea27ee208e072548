CREATE TABLE public.t (id bigint PRIMARY KEY, n bigint NOT NULL);
