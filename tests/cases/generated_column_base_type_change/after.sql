CREATE TABLE public.t (id integer PRIMARY KEY, a bigint, doubled bigint GENERATED ALWAYS AS (a * 2) STORED);
