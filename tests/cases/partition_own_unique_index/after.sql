-- A unique index of one partition alone (built CONCURRENTLY on the leaf), with INCLUDE and WHERE.
CREATE TABLE public.events (id bigint NOT NULL, at date NOT NULL, body text) PARTITION BY RANGE (at);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE UNIQUE INDEX events_2024_id_key ON public.events_2024 (id) INCLUDE (body) WHERE body IS NOT NULL;
COMMENT ON INDEX public.events_2024_id_key IS 'ids are unique in 2024 only';
