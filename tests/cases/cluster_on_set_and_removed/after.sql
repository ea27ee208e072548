CREATE TABLE public.events (id bigint PRIMARY KEY, happened_at timestamptz NOT NULL, kind text);
CREATE INDEX events_happened_at_idx ON public.events (happened_at);
ALTER TABLE public.events CLUSTER ON events_happened_at_idx;
