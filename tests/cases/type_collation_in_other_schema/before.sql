CREATE SCHEMA "Coll Schema";
CREATE COLLATION "Coll Schema".posix_c (provider = libc, locale = 'C');
CREATE TYPE public.c_range AS RANGE (SUBTYPE = text, COLLATION = "POSIX");
