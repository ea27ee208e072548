CREATE COLLATION public."Coll12" (provider = libc, locale = 'POSIX');
