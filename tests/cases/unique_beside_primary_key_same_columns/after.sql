CREATE TABLE public.audit_2 (id_1 smallint NOT NULL, col_3 timestamptz NOT NULL);
ALTER TABLE public.audit_2 ADD CONSTRAINT audit_2_pk_4 PRIMARY KEY (id_1);
ALTER TABLE public.audit_2 ADD CONSTRAINT audit_2_unique_10 UNIQUE (id_1);
