-- A partition's replica identity uses its own unique index on a column that is NOT NULL
-- on the root; another's uses its own UNIQUE constraint's index.
CREATE TABLE public.events (id integer NOT NULL, at date NOT NULL, note text) PARTITION BY RANGE (at);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE UNIQUE INDEX events_2024_id_key ON public.events_2024 (id);
ALTER TABLE public.events_2024 REPLICA IDENTITY USING INDEX events_2024_id_key;
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE public.events_2025 ADD CONSTRAINT events_2025_id_key UNIQUE (id);
ALTER TABLE public.events_2025 REPLICA IDENTITY USING INDEX events_2025_id_key;
