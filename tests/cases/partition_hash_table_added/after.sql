CREATE TABLE public.keep (id integer);
CREATE TABLE public.sessions (id uuid NOT NULL, data jsonb) PARTITION BY HASH (id);
CREATE TABLE public.sessions_0 PARTITION OF public.sessions FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE public.sessions_1 PARTITION OF public.sessions FOR VALUES WITH (MODULUS 2, REMAINDER 1);
