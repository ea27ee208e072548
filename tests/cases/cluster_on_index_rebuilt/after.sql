CREATE TABLE public.events (id bigint PRIMARY KEY, happened_at timestamptz NOT NULL, kind text);
-- Same name, new definition: the index is rebuilt (concurrently) and starts unmarked.
CREATE INDEX events_happened_at_idx ON public.events (happened_at, kind);
ALTER TABLE public.events CLUSTER ON events_happened_at_idx;
