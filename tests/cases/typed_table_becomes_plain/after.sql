CREATE TABLE public.pairs (a integer NOT NULL, b text, c date);
