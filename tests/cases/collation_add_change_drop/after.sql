CREATE SCHEMA "Coll Schema";
CREATE COLLATION public.c_copy (provider = libc, locale = 'C');
CREATE COLLATION public.ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);
CREATE COLLATION "Coll Schema"."It's ""split""" (provider = libc, lc_collate = 'C', lc_ctype = 'POSIX');
CREATE TABLE "Coll Schema".names (name text COLLATE "Coll Schema"."It's ""split""", nick text COLLATE public.c_copy);
COMMENT ON COLLATION public.c_copy IS 'it''s new';
