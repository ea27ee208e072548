-- Statistics targets of the columns inheritance children only inherit: CREATE TABLE ...
-- INHERITS leaves them at the default, ALTER TABLE ONLY sets a child's own, and a parent's
-- SET STATISTICS without ONLY reaches every table below it (after.sql, on id). pg_dump
-- prints each table's as ALTER TABLE ONLY.
CREATE TABLE public.parent (id integer NOT NULL, a integer, b text);
CREATE TABLE public.kid (own integer) INHERITS (public.parent);
ALTER TABLE ONLY public.kid ALTER COLUMN a SET STATISTICS 300;
