CREATE TABLE public.audit (id numeric NOT NULL, note text, doubled numeric);
