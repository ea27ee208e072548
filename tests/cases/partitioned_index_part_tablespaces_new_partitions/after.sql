-- New partitions, each getting its part in the tablespace of its parent's part: one below
-- m_eu (in ts_two there) moved to the index's, one below m_eu left in ts_two, one at the
-- first level (in the index's) moved to ts_two, and a new sub-partitioned one whose part
-- is moved to the database's default, its partition's to ts_two (the parts move once every
-- partition is there).
CREATE TABLE public.m (region text NOT NULL, at date NOT NULL, v integer) PARTITION BY LIST (region);
CREATE TABLE public.m_eu PARTITION OF public.m FOR VALUES IN ('eu') PARTITION BY RANGE (at);
CREATE TABLE public.m_eu_2024 PARTITION OF public.m_eu FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX m_at_idx ON public.m (at) TABLESPACE ts_one;
ALTER INDEX public.m_eu_at_idx SET TABLESPACE ts_two;
CREATE TABLE public.m_eu_2025 PARTITION OF public.m_eu FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER INDEX public.m_eu_2025_at_idx SET TABLESPACE ts_one;
CREATE TABLE public.m_eu_2026 PARTITION OF public.m_eu FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE public.m_us PARTITION OF public.m FOR VALUES IN ('us');
ALTER INDEX public.m_us_at_idx SET TABLESPACE ts_two;
CREATE TABLE public.m_asia PARTITION OF public.m FOR VALUES IN ('asia') PARTITION BY RANGE (at);
ALTER INDEX public.m_asia_at_idx SET TABLESPACE pg_default;
CREATE TABLE public.m_asia_2024 PARTITION OF public.m_asia FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER INDEX public.m_asia_2024_at_idx SET TABLESPACE ts_two;
