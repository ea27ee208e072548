CREATE TABLE public.events (id integer NOT NULL, body text, note text) PARTITION BY RANGE (id);
ALTER TABLE ONLY public.events ALTER COLUMN note SET STORAGE MAIN;
CREATE TABLE public.events_1 PARTITION OF public.events FOR VALUES FROM (0) TO (10);
ALTER TABLE ONLY public.events_1 ALTER COLUMN body SET STORAGE EXTERNAL;
