-- Partitions' own column defaults (ALTER TABLE ONLY): the parent's changes while t1 gets
-- one of its own and t2 keeps its own (the parent's SET DEFAULT reaches every partition);
-- t3 (new) has none where its parent has one; a sub-partitioned partition's own, which its
-- partition keeps, and a sub-partition's own; a new column with a partition's own default.
CREATE TABLE public.t (a integer NOT NULL, b text DEFAULT 'y', c integer) PARTITION BY LIST (a);
CREATE TABLE public.t1 PARTITION OF public.t FOR VALUES IN (1);
ALTER TABLE ONLY public.t1 ALTER COLUMN c SET DEFAULT 1;
CREATE TABLE public.t2 PARTITION OF public.t FOR VALUES IN (2);
ALTER TABLE ONLY public.t2 ALTER COLUMN b SET DEFAULT 'two';
CREATE TABLE public.t3 PARTITION OF public.t FOR VALUES IN (3);
ALTER TABLE ONLY public.t3 ALTER COLUMN b DROP DEFAULT;
CREATE TABLE public.t4 PARTITION OF public.t FOR VALUES IN (4, 5) PARTITION BY LIST (a);
CREATE TABLE public.t4a PARTITION OF public.t4 FOR VALUES IN (4);
ALTER TABLE ONLY public.t4 ALTER COLUMN c SET DEFAULT 4;
CREATE TABLE public.t4b PARTITION OF public.t4 FOR VALUES IN (5);
ALTER TABLE ONLY public.t4b ALTER COLUMN c SET DEFAULT 5;
ALTER TABLE public.t ADD COLUMN d integer DEFAULT 0;
ALTER TABLE ONLY public.t2 ALTER COLUMN d SET DEFAULT 7;
