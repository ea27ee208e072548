CREATE TABLE public.readings (id int NOT NULL, k int NOT NULL, c text) PARTITION BY LIST (k);
CREATE TABLE public.readings_1 PARTITION OF public.readings FOR VALUES IN (1) PARTITION BY HASH (id);
CREATE TABLE public.readings_1_h0 PARTITION OF public.readings_1 FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE public.readings_1_h1 PARTITION OF public.readings_1 FOR VALUES WITH (MODULUS 2, REMAINDER 1);
-- Reaches every partition below, the sub-partitions too.
ALTER TABLE public.readings ALTER COLUMN c SET STATISTICS 0;
ALTER TABLE ONLY public.readings_1_h1 ALTER COLUMN id SET STATISTICS 50;
-- A partition created (or attached) afterwards has the default target.
CREATE TABLE public.readings_2 PARTITION OF public.readings FOR VALUES IN (2) PARTITION BY HASH (id);
CREATE TABLE public.readings_2_h0 PARTITION OF public.readings_2 FOR VALUES WITH (MODULUS 1, REMAINDER 0);
ALTER TABLE ONLY public.readings_2_h0 ALTER COLUMN c SET STATISTICS 10;
