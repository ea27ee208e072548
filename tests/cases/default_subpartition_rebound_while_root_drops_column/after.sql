-- (generative, seed 40000004) A sub-partition becomes its parent's DEFAULT partition while
-- the root drops a column: the DETACH must follow the root's DROP COLUMN.
CREATE TYPE public.enum_28 AS ENUM ('it''s', 'Shipped');
CREATE TABLE public.orders_17 (id_16 smallint NOT NULL, part_18 integer NOT NULL, col_19 uuid DEFAULT gen_random_uuid(), col_20 boolean, col_21 jsonb) PARTITION BY HASH (part_18);
CREATE TABLE public.orders_17_sub_1000002 PARTITION OF public.orders_17 FOR VALUES WITH (MODULUS 4, REMAINDER 3) PARTITION BY RANGE (part_18);
CREATE TABLE public.orders_17_sub_10_p_1000003 PARTITION OF public.orders_17_sub_1000002 DEFAULT;
