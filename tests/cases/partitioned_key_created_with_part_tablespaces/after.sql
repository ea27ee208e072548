-- A key added to the existing table (its parts built in its tablespace, one moved), a table
-- created with a key whose parts, built with its partitions, are elsewhere.
CREATE TABLE public.m (id integer NOT NULL, at date NOT NULL, CONSTRAINT m_pkey PRIMARY KEY (id, at))
  PARTITION BY RANGE (at);
CREATE TABLE public.m_2024 PARTITION OF public.m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.m_2025 PARTITION OF public.m FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER INDEX public.m_2025_pkey SET TABLESPACE ts_two;
CREATE TABLE public.n (k integer NOT NULL, v integer, CONSTRAINT n_k_key UNIQUE (k) USING INDEX TABLESPACE ts_two)
  PARTITION BY LIST (k);
CREATE TABLE public.n_1 PARTITION OF public.n FOR VALUES IN (1);
CREATE TABLE public.n_2 PARTITION OF public.n FOR VALUES IN (2);
ALTER INDEX public.n_1_k_key SET TABLESPACE ts_one;
