-- Made a partition (created again), the table gets the index's part in the index's
-- tablespace: moved apart. The partition's new bound detaches and attaches it again, its
-- part with it, where it was.
CREATE TABLE public.m (at date NOT NULL, v integer) PARTITION BY RANGE (at);
CREATE TABLE public.m_2024 PARTITION OF public.m FOR VALUES FROM ('2024-01-01') TO ('2024-12-01');
CREATE INDEX m_at_idx ON public.m (at) TABLESPACE ts_one;
ALTER INDEX public.m_2024_at_idx SET TABLESPACE ts_two;
CREATE TABLE public.m_2025 PARTITION OF public.m FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER INDEX public.m_2025_at_idx SET TABLESPACE ts_two;
