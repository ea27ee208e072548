CREATE TABLE public.people (id bigint NOT NULL, name text NOT NULL);
