-- A sub-partitioned partition's part (no files: where its new partitions' parts go) and
-- its partitions' parts in the index's tablespace.
CREATE TABLE public.m (region text NOT NULL, at date NOT NULL, v integer) PARTITION BY LIST (region);
CREATE TABLE public.m_eu PARTITION OF public.m FOR VALUES IN ('eu') PARTITION BY RANGE (at);
CREATE TABLE public.m_eu_2024 PARTITION OF public.m_eu FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.m_eu_2025 PARTITION OF public.m_eu FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.m_us PARTITION OF public.m FOR VALUES IN ('us');
CREATE INDEX m_at_idx ON public.m (at) TABLESPACE ts_one;
