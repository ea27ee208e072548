-- The sub-partitioned partition's part elsewhere, one of its partitions' parts with it, the
-- other where the index is (moving its parent's part moves neither); a part at the first
-- level in the database's default.
CREATE TABLE public.m (region text NOT NULL, at date NOT NULL, v integer) PARTITION BY LIST (region);
CREATE TABLE public.m_eu PARTITION OF public.m FOR VALUES IN ('eu') PARTITION BY RANGE (at);
CREATE TABLE public.m_eu_2024 PARTITION OF public.m_eu FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.m_eu_2025 PARTITION OF public.m_eu FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.m_us PARTITION OF public.m FOR VALUES IN ('us');
CREATE INDEX m_at_idx ON public.m (at) TABLESPACE ts_one;
ALTER INDEX public.m_eu_at_idx SET TABLESPACE ts_two;
ALTER INDEX public.m_eu_2025_at_idx SET TABLESPACE ts_two;
ALTER INDEX public.m_us_at_idx SET TABLESPACE pg_default;
