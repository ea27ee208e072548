-- The root's id and day allow NULL; the leaf's own primary key keeps both NOT NULL there.
CREATE TABLE public.m (id integer, region text NOT NULL, day date) PARTITION BY LIST (region);
CREATE TABLE public.m_eu PARTITION OF public.m FOR VALUES IN ('eu') PARTITION BY RANGE (day);
CREATE TABLE public.m_eu_2026 PARTITION OF public.m_eu FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE public.m_us PARTITION OF public.m FOR VALUES IN ('us');
ALTER TABLE public.m_eu_2026 ADD CONSTRAINT m_eu_2026_pkey PRIMARY KEY (id, day);
COMMENT ON CONSTRAINT m_eu_2026_pkey ON public.m_eu_2026 IS 'the leaf''s own key';
