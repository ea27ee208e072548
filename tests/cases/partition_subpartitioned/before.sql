CREATE TABLE public.m (region text NOT NULL, at date NOT NULL, v integer) PARTITION BY LIST (region);
