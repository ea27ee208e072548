-- They become the parts of a new index of their parent (attached, not rebuilt): one stays
-- where it was, the other goes to the index's tablespace, where the part it builds goes.
CREATE TABLE public.events (id bigint NOT NULL, at date NOT NULL, body text) PARTITION BY RANGE (at);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.events_2026 PARTITION OF public.events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE INDEX body_of_2024 ON public.events_2024 (body) TABLESPACE ts_two;
CREATE INDEX body_of_2025 ON public.events_2025 (body) TABLESPACE ts_one;
CREATE INDEX events_body ON public.events (body) TABLESPACE ts_one;
-- With a sub-partitioned partition: built by one CREATE INDEX, which attaches the other
-- partition's own index, then moved to the database's default.
CREATE TABLE public.m (region text NOT NULL, at date NOT NULL) PARTITION BY LIST (region);
CREATE TABLE public.m_eu PARTITION OF public.m FOR VALUES IN ('eu') PARTITION BY RANGE (at);
CREATE TABLE public.m_eu_2024 PARTITION OF public.m_eu FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.m_us PARTITION OF public.m FOR VALUES IN ('us');
CREATE INDEX m_us_at_idx ON public.m_us (at);
CREATE INDEX m_at_idx ON public.m (at) TABLESPACE ts_one;
