CREATE TYPE public.enum_19 AS ENUM ('new', 'Shipped');
CREATE TABLE public.tags_8 (id_7 bigint NOT NULL, part_9 text NOT NULL, col_10 interval, col_11 bigint, col_20 public.enum_19) PARTITION BY LIST (part_9);
CREATE TABLE public.tags_8_p_15 PARTITION OF public.tags_8 DEFAULT;
ALTER TABLE public.tags_8 ALTER COLUMN part_9 SET COMPRESSION lz4;
