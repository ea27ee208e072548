-- Parts moved apart from the index (as pg_dump builds them: each part in its own, then
-- ATTACH): one to another tablespace, one to the database's default; one moved back.
CREATE TABLE public.readings (taken date NOT NULL, value integer) PARTITION BY RANGE (taken);
CREATE TABLE public.readings_2024 PARTITION OF public.readings FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.readings_2025 PARTITION OF public.readings FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.readings_2026 PARTITION OF public.readings FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE INDEX readings_value_idx ON ONLY public.readings (value) TABLESPACE ts_one;
CREATE INDEX readings_2024_value_idx ON public.readings_2024 (value) TABLESPACE ts_two;
ALTER INDEX public.readings_value_idx ATTACH PARTITION public.readings_2024_value_idx;
CREATE INDEX readings_2025_value_idx ON public.readings_2025 (value) TABLESPACE pg_default;
ALTER INDEX public.readings_value_idx ATTACH PARTITION public.readings_2025_value_idx;
CREATE INDEX readings_2026_value_idx ON public.readings_2026 (value) TABLESPACE ts_one;
ALTER INDEX public.readings_value_idx ATTACH PARTITION public.readings_2026_value_idx;
