-- A primary key of one partition of a parent that has none, and a table whose foreign key
-- references it (created after the key, dropped before it).
CREATE TABLE public.events (id bigint NOT NULL, at date NOT NULL, body text) PARTITION BY RANGE (at);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE public.events_2024 ADD CONSTRAINT events_2024_pkey PRIMARY KEY (id);
CREATE TABLE public.replies (id integer PRIMARY KEY, event_id bigint REFERENCES public.events_2024 (id));
