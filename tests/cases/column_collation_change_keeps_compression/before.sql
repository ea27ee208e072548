-- A column loses its collation (ALTER COLUMN ... TYPE, which also resets its compression to
-- the default) and keeps lz4, set again after it; the other gains one and loses lz4.
CREATE COLLATION public.coll_c (provider = libc, locale = 'C');
CREATE TABLE public.notes (id integer NOT NULL, body text COLLATE public.coll_c, title text);
ALTER TABLE public.notes ALTER COLUMN body SET COMPRESSION lz4;
ALTER TABLE public.notes ALTER COLUMN title SET COMPRESSION lz4;
