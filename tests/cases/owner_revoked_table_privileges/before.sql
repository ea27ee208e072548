-- Relations whose owner holds all its own privileges.
DO $$ BEGIN CREATE ROLE case_own_rel_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.ledger (id integer PRIMARY KEY, amount integer);
GRANT SELECT ON public.ledger TO case_own_rel_reader;
CREATE TABLE public.events (at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE VIEW public.ledger_view AS SELECT id FROM public.ledger;
CREATE MATERIALIZED VIEW public.ledger_total AS SELECT sum(amount) AS total FROM public.ledger;
CREATE SEQUENCE public.receipts;
