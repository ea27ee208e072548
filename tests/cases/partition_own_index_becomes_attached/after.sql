-- A partition's own index becomes the part of a new index of its parent (attached, not
-- rebuilt), while another partition's own index of another definition stays its own; backwards,
-- the parent's index goes with its parts and the partition's own index comes back.
CREATE TABLE public.events (id bigint NOT NULL, at date NOT NULL, body text) PARTITION BY RANGE (at);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX body_of_2024 ON public.events_2024 (body);
CREATE INDEX events_2025_body_idx ON public.events_2025 (body) WHERE body <> '';
CREATE INDEX events_body ON public.events (body);
