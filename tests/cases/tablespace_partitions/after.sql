CREATE TABLE public.measurements (
  taken date NOT NULL,
  value integer,
  CONSTRAINT measurements_pkey PRIMARY KEY (taken)
) PARTITION BY RANGE (taken) TABLESPACE ts_two;
CREATE TABLE public.measurements_2024 PARTITION OF public.measurements
  FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') TABLESPACE ts_one;
CREATE TABLE public.measurements_2025 PARTITION OF public.measurements
  FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.measurements_2026 PARTITION OF public.measurements
  FOR VALUES FROM ('2026-01-01') TO ('2027-01-01') TABLESPACE ts_one;
CREATE TABLE public.measurements_2027 PARTITION OF public.measurements
  FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');
CREATE INDEX measurements_value_idx ON public.measurements (value) TABLESPACE ts_one;
