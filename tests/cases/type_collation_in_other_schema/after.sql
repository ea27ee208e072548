-- Types over a user collation of another schema: plans must name its schema, and create
-- the collation before the types (and drop it after them).
CREATE SCHEMA "Coll Schema";
CREATE COLLATION "Coll Schema"."Case ci" (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE COLLATION "Coll Schema".posix_c (provider = libc, locale = 'C');
CREATE TYPE public.name_range AS RANGE (SUBTYPE = text, COLLATION = "Coll Schema".posix_c);
CREATE DOMAIN public.ci_text AS text COLLATE "Coll Schema"."Case ci";
CREATE TYPE public.labelled AS (label text COLLATE "Coll Schema".posix_c, n integer);
CREATE TYPE public.c_range AS RANGE (SUBTYPE = text, COLLATION = "C");
