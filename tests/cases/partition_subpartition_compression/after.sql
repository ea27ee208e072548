-- A partitioned partition's own compression, which its partition does not take (it keeps
-- lz4, which is not its parent's); a new sub-partition takes its parent's.
CREATE TABLE public.t (a integer NOT NULL, b text COMPRESSION lz4) PARTITION BY LIST (a);
CREATE TABLE public.t4 PARTITION OF public.t FOR VALUES IN (4, 5) PARTITION BY LIST (a);
CREATE TABLE public.t4a PARTITION OF public.t4 FOR VALUES IN (4);
ALTER TABLE ONLY public.t4 ALTER COLUMN b SET COMPRESSION pglz;
CREATE TABLE public.t4b PARTITION OF public.t4 FOR VALUES IN (5);
