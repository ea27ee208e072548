-- A non-default operator class; the primary key still includes the key's column.
CREATE TABLE public.codes (code text NOT NULL, label text, PRIMARY KEY (code)) PARTITION BY RANGE (code text_pattern_ops);
CREATE TABLE public.codes_a PARTITION OF public.codes FOR VALUES FROM ('a') TO ('n');
CREATE TABLE public.hashed (id integer NOT NULL, tag varchar(10) NOT NULL) PARTITION BY HASH (tag varchar_pattern_ops, id);
CREATE TABLE public.hashed_0 PARTITION OF public.hashed FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE public.hashed_1 PARTITION OF public.hashed FOR VALUES WITH (MODULUS 2, REMAINDER 1);
