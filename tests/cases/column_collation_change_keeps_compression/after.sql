CREATE COLLATION public.coll_c (provider = libc, locale = 'C');
CREATE TABLE public.notes (id integer NOT NULL, body text, title text COLLATE public.coll_c);
ALTER TABLE public.notes ALTER COLUMN body SET COMPRESSION lz4;
