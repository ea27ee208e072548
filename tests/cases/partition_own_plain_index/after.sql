-- Plain indexes of partitions alone, beside the parent's index (whose parts are not theirs): one
-- on the same column as the parent's, one on an expression, one on a partition the plan creates.
CREATE TABLE public.events (id bigint NOT NULL, at date NOT NULL, body text) PARTITION BY RANGE (at);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX events_body ON public.events (body);
CREATE INDEX events_2024_body_idx1 ON public.events_2024 (body);
CREATE INDEX events_2024_lower_body ON public.events_2024 (lower(body) text_pattern_ops) WITH (fillfactor = 70);
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX events_2025_id_idx ON public.events_2025 USING hash (id);
