CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE public.events (id integer PRIMARY KEY, note text);
CREATE TABLE public.logs (id integer, line text) USING heap2;
CREATE TABLE public.measurements (taken date NOT NULL, value integer) PARTITION BY RANGE (taken);
CREATE TABLE public.measurements_2024 PARTITION OF public.measurements
  FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.measurements_2025 PARTITION OF public.measurements
  FOR VALUES FROM ('2025-01-01') TO ('2026-01-01') USING heap2;
CREATE MATERIALIZED VIEW public.event_ids AS SELECT id FROM public.events;
CREATE UNIQUE INDEX event_ids_id_idx ON public.event_ids (id);
CREATE VIEW public.recent_logs AS SELECT id, line FROM public.logs;
CREATE TABLE public.audit (id bigint GENERATED ALWAYS AS IDENTITY, what text) USING heap2 WITH (fillfactor = 90);
