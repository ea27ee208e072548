CREATE TABLE public.sales (id bigint NOT NULL, region text NOT NULL, PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE TABLE public.sales_eu PARTITION OF public.sales FOR VALUES IN ('eu');
