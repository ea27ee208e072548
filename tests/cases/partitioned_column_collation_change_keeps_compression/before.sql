-- A partitioned table's column loses its collation: ALTER COLUMN ... TYPE recurses to the
-- partitions and resets every compression to the default; the root's lz4 is set again,
-- and each partition's (SET COMPRESSION on the root does not reach them).
CREATE COLLATION public.coll_c (provider = libc, locale = 'C');
CREATE TABLE public.events (id integer NOT NULL, body text COLLATE public.coll_c) PARTITION BY LIST (id);
ALTER TABLE public.events ALTER COLUMN body SET COMPRESSION lz4;
CREATE TABLE public.events_1 PARTITION OF public.events FOR VALUES IN (1);
CREATE TABLE public.events_2 PARTITION OF public.events FOR VALUES IN (2);
ALTER TABLE public.events_2 ALTER COLUMN body SET COMPRESSION pglz;
