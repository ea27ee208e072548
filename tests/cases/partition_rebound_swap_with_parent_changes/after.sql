-- Two partitions swap their bounds while their parent drops a column and a CHECK and gains
-- others and a NOT NULL: each must reach the partitions, detached in between.
CREATE TABLE public.r (a integer NOT NULL, b text NOT NULL, d date DEFAULT '2020-01-01'::date) PARTITION BY LIST (a);
CREATE TABLE public.r1 PARTITION OF public.r FOR VALUES IN (2);
CREATE TABLE public.r2 PARTITION OF public.r FOR VALUES IN (1);
ALTER TABLE public.r ADD CONSTRAINT r_b_check CHECK (b <> '');
