-- Every part of the index in its tablespace, the one CREATE INDEX builds them in.
CREATE TABLE public.readings (taken date NOT NULL, value integer) PARTITION BY RANGE (taken);
CREATE TABLE public.readings_2024 PARTITION OF public.readings FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.readings_2025 PARTITION OF public.readings FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.readings_2026 PARTITION OF public.readings FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE INDEX readings_value_idx ON public.readings (value) TABLESPACE ts_one;
ALTER INDEX public.readings_2026_value_idx SET TABLESPACE ts_two;
