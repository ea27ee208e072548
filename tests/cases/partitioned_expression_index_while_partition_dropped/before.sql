CREATE TABLE public."primary" (id_3 int NOT NULL, k int NOT NULL) PARTITION BY LIST (k);
CREATE TABLE public.primary_p_10 PARTITION OF public."primary" FOR VALUES IN (10);
CREATE TABLE public.primary_p_20 PARTITION OF public."primary" FOR VALUES IN (20);
