-- A partition's own foreign key to a table the plan creates (and, backwards, drops), and a new
-- partition created with one: the referenced table comes first, and goes last.
CREATE TABLE public.customers (id integer PRIMARY KEY, name text);
CREATE TABLE public.events (id bigint NOT NULL, at date NOT NULL, customer_id integer, body text) PARTITION BY RANGE (at);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.events_2026 PARTITION OF public.events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
ALTER TABLE ONLY public.events_2024
  ADD CONSTRAINT events_2024_customer_fkey FOREIGN KEY (customer_id) REFERENCES public.customers (id) ON DELETE CASCADE;
ALTER TABLE ONLY public.events_2026
  ADD CONSTRAINT events_2026_customer_fkey FOREIGN KEY (customer_id) REFERENCES public.customers (id) DEFERRABLE;
COMMENT ON CONSTRAINT events_2024_customer_fkey ON public.events_2024 IS 'only 2024 is checked';
