-- Indexes created with parts elsewhere: on an existing table (built online, each part
-- where it goes), on an existing sub-partitioned one (built by CREATE INDEX in the index's
-- tablespace, then parts moved, a renamed one among them), and on a new table.
CREATE TABLE public.readings (taken date NOT NULL, value integer) PARTITION BY RANGE (taken);
CREATE TABLE public.readings_2024 PARTITION OF public.readings FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.readings_2025 PARTITION OF public.readings FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX readings_value_idx ON public.readings (value);
ALTER INDEX public.readings_2025_value_idx SET TABLESPACE ts_two;
CREATE TABLE public.m (region text NOT NULL, at date NOT NULL, v integer) PARTITION BY LIST (region);
CREATE TABLE public.m_eu PARTITION OF public.m FOR VALUES IN ('eu') PARTITION BY RANGE (at);
CREATE TABLE public.m_eu_2024 PARTITION OF public.m_eu FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.m_us PARTITION OF public.m FOR VALUES IN ('us');
CREATE INDEX m_at_idx ON public.m (at) TABLESPACE ts_one;
ALTER INDEX public.m_eu_at_idx SET TABLESPACE ts_two;
ALTER INDEX public.m_eu_2024_at_idx SET TABLESPACE ts_two;
ALTER INDEX public.m_eu_2024_at_idx RENAME TO eu_2024_at;
ALTER INDEX public.m_us_at_idx SET TABLESPACE pg_default;
CREATE TABLE public.n (k integer NOT NULL, v integer) PARTITION BY LIST (k);
CREATE TABLE public.n_1 PARTITION OF public.n FOR VALUES IN (1);
CREATE TABLE public.n_2 PARTITION OF public.n FOR VALUES IN (2);
CREATE INDEX n_v_idx ON public.n (v) TABLESPACE ts_two;
ALTER INDEX public.n_1_v_idx SET TABLESPACE ts_one;
