CREATE TABLE public.codes (code text NOT NULL, label text, PRIMARY KEY (code)) PARTITION BY RANGE (code);
CREATE TABLE public.codes_a PARTITION OF public.codes FOR VALUES FROM ('a') TO ('n');
