-- (generative, seed 40000093, backward) A column in the middle becomes generated from a
-- column that is retyped: see tests/cases_unsupported/README.md.
CREATE SCHEMA "default";
CREATE SEQUENCE public.seq_4 START 560;
CREATE COLLATION "default".coll_11 (provider = libc, locale = 'POSIX');
CREATE TABLE public.audit_3 ("Id2" integer DEFAULT nextval('public.seq_4'::regclass) NOT NULL, "Col5" text[], "Col 6" tstzrange NOT NULL, col_7 numeric GENERATED ALWAYS AS ("Id2" * 2) STORED, col_8 integer, col_12 text COLLATE "default".coll_11);
