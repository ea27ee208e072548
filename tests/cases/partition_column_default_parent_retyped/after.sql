-- The parent's column changes type (its default dropped and set again, which reaches every
-- partition): t1 keeps its own default, t2 follows the parent's.
CREATE TABLE public.t (a integer NOT NULL, c bigint DEFAULT 0) PARTITION BY LIST (a);
CREATE TABLE public.t1 PARTITION OF public.t FOR VALUES IN (1);
ALTER TABLE ONLY public.t1 ALTER COLUMN c SET DEFAULT 1;
CREATE TABLE public.t2 PARTITION OF public.t FOR VALUES IN (2);
