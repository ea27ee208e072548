-- Sub-partitions with their own keys: an index, a CHECK, a column compression and a comment
-- of a sub-partition alone; a hash-partitioned partition whose partitions live in another
-- schema; the sub-partitioned partition's own index, which its partitions get parts of.
CREATE SCHEMA archive;
CREATE TABLE public.ev (region text NOT NULL, at date NOT NULL, id bigint NOT NULL, payload text,
                        PRIMARY KEY (region, at, id)) PARTITION BY LIST (region);
CREATE INDEX ev_at_idx ON public.ev (at);
CREATE TABLE public.ev_eu PARTITION OF public.ev FOR VALUES IN ('eu') PARTITION BY RANGE (at);
CREATE INDEX ev_eu_payload_idx ON public.ev_eu (payload);
CREATE TABLE public.ev_eu_2024 PARTITION OF public.ev_eu FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.ev_eu_2025 PARTITION OF public.ev_eu FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE ONLY public.ev_eu_2025 ALTER COLUMN payload SET COMPRESSION lz4;
ALTER TABLE public.ev_eu_2025 ADD CONSTRAINT ev_eu_2025_id_check CHECK (id > 0);
CREATE INDEX ev_eu_2025_id_idx ON public.ev_eu_2025 (id);
COMMENT ON TABLE public.ev_eu_2025 IS 'this year';
CREATE TABLE public.ev_us PARTITION OF public.ev FOR VALUES IN ('us') PARTITION BY HASH (id);
CREATE TABLE archive.ev_us_h0 PARTITION OF public.ev_us FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE archive.ev_us_h1 PARTITION OF public.ev_us FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE TABLE public.ev_other PARTITION OF public.ev DEFAULT;
