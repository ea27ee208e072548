-- The parts of a partitioned table's index on a sub-partitioned partition and on its own
-- partition named otherwise than PostgreSQL names them.
CREATE TABLE public.m (region text NOT NULL, at date NOT NULL, v integer) PARTITION BY LIST (region);
CREATE TABLE public.m_eu PARTITION OF public.m FOR VALUES IN ('eu') PARTITION BY RANGE (at);
CREATE TABLE public.m_eu_2024 PARTITION OF public.m_eu FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.m_us PARTITION OF public.m FOR VALUES IN ('us');
CREATE INDEX m_at_idx ON public.m (at);
ALTER INDEX public.m_eu_at_idx RENAME TO eu_at;
ALTER INDEX public.m_eu_2024_at_idx RENAME TO eu_2024_at;
