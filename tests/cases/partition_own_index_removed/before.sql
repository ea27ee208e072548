CREATE TABLE public.events (id bigint NOT NULL, at date NOT NULL, body text) PARTITION BY RANGE (at);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX events_body ON public.events (body);
CREATE INDEX events_2024_id ON public.events_2024 (id);
CREATE INDEX events_2025_id ON public.events_2025 (id);
CREATE INDEX events_2025_at ON public.events_2025 (at);
