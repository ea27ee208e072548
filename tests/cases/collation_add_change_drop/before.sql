CREATE SCHEMA "Coll Schema";
CREATE COLLATION public.c_copy (provider = libc, locale = 'C');
CREATE COLLATION public.gone (provider = icu, locale = 'und');
CREATE COLLATION public.ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
COMMENT ON COLLATION public.c_copy IS 'old note';
