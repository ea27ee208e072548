-- The key becomes an expression of the same column: the table, its partition and index are recreated.
CREATE TABLE public.readings (id bigint NOT NULL, taken timestamp NOT NULL, value double precision) PARTITION BY RANGE ((taken::date));
CREATE TABLE public.readings_2024 PARTITION OF public.readings FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX readings_taken_idx ON public.readings (taken);
