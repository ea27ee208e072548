-- Parts moved apart from their key's index (and one back), at every level; new partitions
-- get theirs in their parent's part's tablespace, moved where they go.
CREATE TABLE public.m (id integer NOT NULL, region text NOT NULL, at date NOT NULL,
  CONSTRAINT m_pkey PRIMARY KEY (id, region, at) USING INDEX TABLESPACE ts_one,
  CONSTRAINT m_key UNIQUE (region, at, id)) PARTITION BY LIST (region);
CREATE TABLE public.m_eu PARTITION OF public.m FOR VALUES IN ('eu') PARTITION BY RANGE (at);
CREATE TABLE public.m_eu_2024 PARTITION OF public.m_eu FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.m_us PARTITION OF public.m FOR VALUES IN ('us');
ALTER INDEX public.m_eu_pkey SET TABLESPACE ts_two;
ALTER INDEX public.m_eu_2024_pkey SET TABLESPACE pg_default;
ALTER INDEX public.m_eu_2024_region_at_id_key SET TABLESPACE ts_one;
CREATE TABLE public.m_eu_2025 PARTITION OF public.m_eu FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER INDEX public.m_eu_2025_pkey SET TABLESPACE ts_one;
CREATE TABLE public.m_asia PARTITION OF public.m FOR VALUES IN ('asia');
ALTER INDEX public.m_asia_pkey SET TABLESPACE ts_two;
