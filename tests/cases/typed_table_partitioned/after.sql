CREATE TYPE public.reading AS (at date, value numeric, unit text);
CREATE TABLE public.readings OF public.reading (at WITH OPTIONS NOT NULL, unit WITH OPTIONS DEFAULT 'kWh') PARTITION BY RANGE (at);
CREATE TABLE public.readings_2026 PARTITION OF public.readings FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE public.readings_2027 PARTITION OF public.readings FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');
