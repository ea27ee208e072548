-- Three levels: a list-partitioned table whose eu partition is range-partitioned by year.
CREATE TABLE public.ev (region text NOT NULL, at date NOT NULL, id bigint NOT NULL, payload text,
                        PRIMARY KEY (region, at, id)) PARTITION BY LIST (region);
CREATE INDEX ev_at_idx ON public.ev (at);
CREATE TABLE public.ev_eu PARTITION OF public.ev FOR VALUES IN ('eu') PARTITION BY RANGE (at);
CREATE TABLE public.ev_eu_2024 PARTITION OF public.ev_eu FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.ev_other PARTITION OF public.ev DEFAULT;
