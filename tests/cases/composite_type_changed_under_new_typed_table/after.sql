-- Attributes dropped, retyped (a new typmod, a new collation) and added on a composite
-- type a new typed table is of. PostgreSQL refuses ALTER TYPE without CASCADE once a table
-- is of the type, even where the change is done already: the plan's second run, after
-- the first created the table, must not run them again.
CREATE TYPE public.reading AS (taken date, amount numeric(10,2), label text COLLATE "C", score integer);
CREATE TABLE public.readings OF public.reading (taken WITH OPTIONS NOT NULL);
