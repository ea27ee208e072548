CREATE SEQUENCE public.seq_4 START 560;
CREATE TABLE public.audit_3 ("Id2" numeric DEFAULT 0 NOT NULL, col_8 integer, col_7 numeric);
