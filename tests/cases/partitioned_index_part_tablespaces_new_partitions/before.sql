-- An index whose sub-partitioned partition's part is elsewhere than the index.
CREATE TABLE public.m (region text NOT NULL, at date NOT NULL, v integer) PARTITION BY LIST (region);
CREATE TABLE public.m_eu PARTITION OF public.m FOR VALUES IN ('eu') PARTITION BY RANGE (at);
CREATE TABLE public.m_eu_2024 PARTITION OF public.m_eu FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX m_at_idx ON public.m (at) TABLESPACE ts_one;
ALTER INDEX public.m_eu_at_idx SET TABLESPACE ts_two;
