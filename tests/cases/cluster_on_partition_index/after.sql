CREATE TABLE public.measurements (id int NOT NULL, taken_on date NOT NULL) PARTITION BY RANGE (taken_on);
CREATE TABLE public.measurements_2024 PARTITION OF public.measurements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- A partitioned index gives each partition one of its own: a partition is clustered on that
-- (a partitioned table cannot be), once the plan has built it.
CREATE INDEX measurements_taken_on_idx ON public.measurements (taken_on);
ALTER TABLE public.measurements_2024 CLUSTER ON measurements_2024_taken_on_idx;
