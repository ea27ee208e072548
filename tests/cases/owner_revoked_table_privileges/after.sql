-- An owner that cannot change its ledger (REVOKE INSERT, UPDATE, DELETE, TRUNCATE), nor
-- its partition, view, materialized view or sequence; and a table created so.
DO $$ BEGIN CREATE ROLE case_own_rel_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.ledger (id integer PRIMARY KEY, amount integer);
GRANT SELECT ON public.ledger TO case_own_rel_reader;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON public.ledger FROM CURRENT_USER;
CREATE TABLE public.events (at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
REVOKE TRUNCATE ON public.events_2024 FROM CURRENT_USER;
CREATE VIEW public.ledger_view AS SELECT id FROM public.ledger;
REVOKE ALL ON public.ledger_view FROM CURRENT_USER;
CREATE MATERIALIZED VIEW public.ledger_total AS SELECT sum(amount) AS total FROM public.ledger;
REVOKE SELECT ON public.ledger_total FROM CURRENT_USER;
CREATE SEQUENCE public.receipts;
REVOKE USAGE, UPDATE ON SEQUENCE public.receipts FROM CURRENT_USER;
CREATE TABLE public.archive (id integer PRIMARY KEY);
REVOKE DELETE ON public.archive FROM CURRENT_USER;
