-- pg_trgm 1.5 -> 1.6 is ALTER EXTENSION UPDATE, its index kept; back to 1.5 has no
-- update script: dropped and created again (marked as deleting data), the index using
-- its operator class rebuilt around it.
CREATE EXTENSION pg_trgm VERSION '1.5';
CREATE TABLE public.docs (id integer PRIMARY KEY, body text NOT NULL);
CREATE INDEX docs_body_trgm ON public.docs USING gin (body public.gin_trgm_ops);
