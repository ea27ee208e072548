CREATE TABLE public.t (id integer, v text, CONSTRAINT t_pkey PRIMARY KEY (id) WITH (fillfactor = 70), CONSTRAINT t_v_key UNIQUE (v));
COMMENT ON CONSTRAINT t_pkey ON public.t IS 'the key';
CREATE TABLE public.r (t_id integer REFERENCES public.t (id));
CREATE TABLE public.parted (id integer, CONSTRAINT parted_pkey PRIMARY KEY (id) WITH (fillfactor = 70)) PARTITION BY HASH (id);
CREATE TABLE public.parted_0 PARTITION OF public.parted FOR VALUES WITH (MODULUS 1, REMAINDER 0);
