CREATE TABLE public.jobs (id smallint NOT NULL, doubled numeric GENERATED ALWAYS AS (id * 2) STORED);
CREATE TABLE public.kid (note text) INHERITS (public.jobs);
