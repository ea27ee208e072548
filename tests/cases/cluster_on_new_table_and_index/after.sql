CREATE TABLE public.events (id bigint PRIMARY KEY, happened_at timestamptz NOT NULL);
CREATE INDEX events_happened_at_idx ON public.events (happened_at);
ALTER TABLE public.events CLUSTER ON events_happened_at_idx;
CREATE TABLE public.accounts (id bigint PRIMARY KEY, email text);
ALTER TABLE public.accounts CLUSTER ON accounts_pkey;
