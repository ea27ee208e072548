CREATE TABLE public.docs (id int NOT NULL, k int NOT NULL, code text) PARTITION BY LIST (k);
CREATE TABLE public.docs_1 PARTITION OF public.docs FOR VALUES IN (1);
ALTER TABLE public.docs ALTER COLUMN code SET STORAGE MAIN;
