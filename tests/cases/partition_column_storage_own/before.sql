CREATE TABLE public.docs (id int NOT NULL, k int NOT NULL, body text, note text) PARTITION BY LIST (k);
CREATE TABLE public.docs_1 PARTITION OF public.docs FOR VALUES IN (1) PARTITION BY HASH (id);
CREATE TABLE public.docs_1_h0 PARTITION OF public.docs_1 FOR VALUES WITH (MODULUS 1, REMAINDER 0);
