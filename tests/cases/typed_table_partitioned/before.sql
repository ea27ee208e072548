CREATE TYPE public.reading AS (at date, value numeric);
CREATE TABLE public.readings OF public.reading (at WITH OPTIONS NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE public.readings_2026 PARTITION OF public.readings FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
