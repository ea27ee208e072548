-- A partition's tablespace is its own where it is not its parent's (PARTITION OF takes the
-- parent's; a partitioned table's SET TABLESPACE moves none of its partitions), by name
-- even when that is the database's default. A partitioned index, or key, in another
-- tablespace is created again: its parts follow it only when they are built.
CREATE TABLE public.measurements (
  taken date NOT NULL,
  value integer,
  CONSTRAINT measurements_pkey PRIMARY KEY (taken) USING INDEX TABLESPACE ts_one
) PARTITION BY RANGE (taken) TABLESPACE ts_one;
CREATE TABLE public.measurements_2024 PARTITION OF public.measurements
  FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.measurements_2025 PARTITION OF public.measurements
  FOR VALUES FROM ('2025-01-01') TO ('2026-01-01') TABLESPACE ts_two;
CREATE TABLE public.measurements_2026 PARTITION OF public.measurements
  FOR VALUES FROM ('2026-01-01') TO ('2027-01-01') TABLESPACE pg_default;
CREATE INDEX measurements_value_idx ON public.measurements (value) TABLESPACE ts_two;
