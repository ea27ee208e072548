-- The root lets the column be NULL; the partition keeps its NOT NULL and replica identity
-- (PostgreSQL refuses the root's recursing DROP NOT NULL while that index is the identity).
CREATE TABLE public.events (id integer, at date NOT NULL, note text) PARTITION BY RANGE (at);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE public.events_2024 ALTER COLUMN id SET NOT NULL;
CREATE UNIQUE INDEX events_2024_id_key ON public.events_2024 (id);
ALTER TABLE public.events_2024 REPLICA IDENTITY USING INDEX events_2024_id_key;
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE public.events_2025 ALTER COLUMN id SET NOT NULL;
ALTER TABLE public.events_2025 ADD CONSTRAINT events_2025_id_key UNIQUE (id);
ALTER TABLE public.events_2025 REPLICA IDENTITY USING INDEX events_2025_id_key;
