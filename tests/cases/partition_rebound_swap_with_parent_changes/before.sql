CREATE TABLE public.r (a integer NOT NULL, b text, c integer) PARTITION BY LIST (a);
CREATE TABLE public.r1 PARTITION OF public.r FOR VALUES IN (1);
CREATE TABLE public.r2 PARTITION OF public.r FOR VALUES IN (2);
ALTER TABLE public.r ADD CONSTRAINT r_c_check CHECK (c > 0);
