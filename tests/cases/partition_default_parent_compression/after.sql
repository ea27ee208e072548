CREATE COLLATION public."Coll12" (provider = libc, locale = 'POSIX');
CREATE TABLE public.events_4 ("Id3" smallint NOT NULL, part_5 text NOT NULL, "col""6" jsonb DEFAULT '{}'::jsonb NOT NULL, col_13 text COLLATE public."Coll12") PARTITION BY LIST (part_5);
CREATE TABLE public."group" PARTITION OF public.events_4 DEFAULT;
ALTER TABLE public.events_4 ALTER COLUMN part_5 SET COMPRESSION lz4;
