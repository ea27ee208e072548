CREATE DOMAIN public.domain_31 AS text CONSTRAINT check_32 CHECK (length(VALUE) < 20);
CREATE TABLE public."users""4" (id_3 bigint NOT NULL, part_5 integer NOT NULL, "limit" text[] DEFAULT ARRAY['a', 'b'], col_7 varchar(20), "default" date DEFAULT '2020-01-01'::date, col_33 public.domain_31) PARTITION BY HASH (part_5);
CREATE TABLE public."users""4_p_9" PARTITION OF public."users""4" FOR VALUES WITH (MODULUS 4, REMAINDER 2);
