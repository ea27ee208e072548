-- The root's flag allows NULL, m_us keeps it NOT NULL; m_eu's note allows NULL, m_eu_1 keeps
-- it NOT NULL; m_us's note becomes NOT NULL. Each DROP NOT NULL reaches the partitions below.
CREATE TABLE public.m (id integer NOT NULL, region text NOT NULL, note text, flag boolean) PARTITION BY LIST (region);
CREATE TABLE public.m_eu PARTITION OF public.m FOR VALUES IN ('eu') PARTITION BY HASH (id);
CREATE TABLE public.m_eu_0 PARTITION OF public.m_eu FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE public.m_eu_1 PARTITION OF public.m_eu FOR VALUES WITH (MODULUS 2, REMAINDER 1);
ALTER TABLE public.m_eu_1 ALTER COLUMN note SET NOT NULL;
CREATE TABLE public.m_us PARTITION OF public.m FOR VALUES IN ('us');
ALTER TABLE public.m_us ALTER COLUMN note SET NOT NULL, ALTER COLUMN flag SET NOT NULL;
