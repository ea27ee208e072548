CREATE TABLE public.parted (id integer, v text) PARTITION BY HASH (id);
CREATE TABLE public.parted_0 PARTITION OF public.parted FOR VALUES WITH (MODULUS 1, REMAINDER 0);
CREATE INDEX parted_v_idx ON public.parted (v) WITH (fillfactor = 50);
