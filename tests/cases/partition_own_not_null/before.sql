CREATE TABLE public.m (id integer NOT NULL, region text NOT NULL, note text, flag boolean NOT NULL) PARTITION BY LIST (region);
CREATE TABLE public.m_eu PARTITION OF public.m FOR VALUES IN ('eu') PARTITION BY HASH (id);
CREATE TABLE public.m_eu_0 PARTITION OF public.m_eu FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE public.m_eu_1 PARTITION OF public.m_eu FOR VALUES WITH (MODULUS 2, REMAINDER 1);
-- Reaches m_eu's partitions too.
ALTER TABLE public.m_eu ALTER COLUMN note SET NOT NULL;
CREATE TABLE public.m_us PARTITION OF public.m FOR VALUES IN ('us');
