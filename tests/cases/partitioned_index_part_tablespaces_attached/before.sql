-- A table on its own, without indexes; a partition whose part is apart from the index.
CREATE TABLE public.m (at date NOT NULL, v integer) PARTITION BY RANGE (at);
CREATE TABLE public.m_2024 PARTITION OF public.m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX m_at_idx ON public.m (at) TABLESPACE ts_one;
ALTER INDEX public.m_2024_at_idx SET TABLESPACE ts_two;
CREATE TABLE public.m_2025 (at date NOT NULL, v integer);
