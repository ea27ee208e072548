CREATE TABLE public.docs (id int NOT NULL, k int NOT NULL, body text, note text) PARTITION BY LIST (k);
CREATE TABLE public.docs_1 PARTITION OF public.docs FOR VALUES IN (1) PARTITION BY HASH (id);
CREATE TABLE public.docs_1_h0 PARTITION OF public.docs_1 FOR VALUES WITH (MODULUS 1, REMAINDER 0);
-- Reaches every partition below, the sub-partition too.
ALTER TABLE public.docs ALTER COLUMN body SET STORAGE EXTERNAL;
ALTER TABLE ONLY public.docs_1_h0 ALTER COLUMN note SET STORAGE MAIN;
-- An attached table keeps its own storage; one created as a partition takes its parent's.
CREATE TABLE public.docs_2 (id int NOT NULL, k int NOT NULL, body text, note text);
ALTER TABLE public.docs ATTACH PARTITION public.docs_2 FOR VALUES IN (2);
CREATE TABLE public.docs_3 PARTITION OF public.docs FOR VALUES IN (3);
-- A new column: ADD COLUMN gives the partitions its type's storage, SET STORAGE theirs too.
ALTER TABLE public.docs ADD COLUMN extra text;
ALTER TABLE public.docs ALTER COLUMN extra SET STORAGE PLAIN;
