-- A new collation is ALTER COLUMN ... TYPE, which resets the storage of the column on the
-- table and on every partition to the type's: the root's and the partition's own are set again.
CREATE TABLE public.events (id integer NOT NULL, body text COLLATE "C", note text COLLATE "C") PARTITION BY RANGE (id);
ALTER TABLE ONLY public.events ALTER COLUMN note SET STORAGE MAIN;
CREATE TABLE public.events_1 PARTITION OF public.events FOR VALUES FROM (0) TO (10);
ALTER TABLE ONLY public.events_1 ALTER COLUMN body SET STORAGE EXTERNAL;
