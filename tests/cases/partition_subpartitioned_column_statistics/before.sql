CREATE TABLE public.readings (id int NOT NULL, k int NOT NULL, c text) PARTITION BY LIST (k);
CREATE TABLE public.readings_1 PARTITION OF public.readings FOR VALUES IN (1) PARTITION BY HASH (id);
CREATE TABLE public.readings_1_h0 PARTITION OF public.readings_1 FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE public.readings_1_h1 PARTITION OF public.readings_1 FOR VALUES WITH (MODULUS 2, REMAINDER 1);
