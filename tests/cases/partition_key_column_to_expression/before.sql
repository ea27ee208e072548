CREATE TABLE public.readings (id bigint NOT NULL, taken timestamp NOT NULL, value double precision) PARTITION BY RANGE (taken);
CREATE TABLE public.readings_2024 PARTITION OF public.readings FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX readings_taken_idx ON public.readings (taken);
