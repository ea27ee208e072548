-- Keys of partitioned tables, their indexes' parts in the keys' tablespaces but one.
CREATE TABLE public.m (id integer NOT NULL, region text NOT NULL, at date NOT NULL,
  CONSTRAINT m_pkey PRIMARY KEY (id, region, at) USING INDEX TABLESPACE ts_one,
  CONSTRAINT m_key UNIQUE (region, at, id)) PARTITION BY LIST (region);
CREATE TABLE public.m_eu PARTITION OF public.m FOR VALUES IN ('eu') PARTITION BY RANGE (at);
CREATE TABLE public.m_eu_2024 PARTITION OF public.m_eu FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.m_us PARTITION OF public.m FOR VALUES IN ('us');
ALTER INDEX public.m_us_pkey SET TABLESPACE ts_two;
