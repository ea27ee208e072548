CREATE SCHEMA "default";
CREATE SEQUENCE public.seq_4 START 560;
CREATE COLLATION "default".coll_11 (provider = libc, locale = 'POSIX');
CREATE COLLATION public.coll_14 (provider = libc, locale = 'C');
CREATE TABLE public.audit_3 ("Id2" numeric DEFAULT 0 NOT NULL, "Col5" text[], "Col 6" tstzrange NOT NULL, col_7 numeric, col_8 integer, col_12 text COLLATE "default".coll_11, col_15 text COLLATE public.coll_14);
