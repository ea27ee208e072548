CREATE COLLATION public.coll_c (provider = libc, locale = 'C');
CREATE TABLE public.events (id integer NOT NULL, body text) PARTITION BY LIST (id);
ALTER TABLE public.events ALTER COLUMN body SET COMPRESSION lz4;
CREATE TABLE public.events_1 PARTITION OF public.events FOR VALUES IN (1);
CREATE TABLE public.events_2 PARTITION OF public.events FOR VALUES IN (2);
ALTER TABLE public.events_2 ALTER COLUMN body SET COMPRESSION pglz;
