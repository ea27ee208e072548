-- The parent's compression changes while partitions follow it (t1), keep their own (t2),
-- or get their own (t3, new); a new column takes the parent's but where a partition says otherwise (t1).
CREATE TABLE public.t (a integer NOT NULL, b text COMPRESSION lz4, c text) PARTITION BY LIST (a);
CREATE TABLE public.t1 PARTITION OF public.t FOR VALUES IN (1);
CREATE TABLE public.t2 PARTITION OF public.t FOR VALUES IN (2);
ALTER TABLE ONLY public.t2 ALTER COLUMN b SET COMPRESSION pglz;
ALTER TABLE ONLY public.t2 ALTER COLUMN c SET COMPRESSION lz4;
CREATE TABLE public.t3 PARTITION OF public.t FOR VALUES IN (3);
ALTER TABLE ONLY public.t3 ALTER COLUMN c SET COMPRESSION pglz;
ALTER TABLE public.t ADD COLUMN d text COMPRESSION lz4;
ALTER TABLE ONLY public.t1 ALTER COLUMN d SET COMPRESSION default;
