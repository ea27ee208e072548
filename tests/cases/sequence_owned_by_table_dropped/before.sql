CREATE TABLE public.audit_2 (id_1 smallint NOT NULL, col_3 timestamptz NOT NULL);
CREATE SEQUENCE public."group" CACHE 10 INCREMENT 10 START 203;
ALTER SEQUENCE public."group" OWNED BY public.audit_2.col_3;
