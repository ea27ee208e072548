-- The key's collation is not its column's: the table is recreated (a key cannot be altered).
CREATE TABLE public.sales (id bigint NOT NULL, region text NOT NULL) PARTITION BY LIST (region COLLATE "C");
CREATE TABLE public.sales_eu PARTITION OF public.sales FOR VALUES IN ('eu');
