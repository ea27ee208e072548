CREATE SCHEMA "App 1";
CREATE TABLE "App 1".notes_7 (id_6 bigint NOT NULL, part_8 integer NOT NULL, col_9 timestamptz, "Col10" integer[], ref_33 smallint) PARTITION BY RANGE (part_8);
CREATE TABLE public.notes_14 (id_13 smallint NOT NULL, col_15 uuid NOT NULL, col_16 numeric GENERATED ALWAYS AS (id_13 * 2) STORED);
ALTER TABLE public.notes_14 ADD CONSTRAINT notes_14_pk_17 PRIMARY KEY (id_13);
ALTER TABLE "App 1".notes_7 ADD CONSTRAINT notes_7_fk_32 FOREIGN KEY (ref_33) REFERENCES public.notes_14 (id_13) ON DELETE SET NULL ON UPDATE RESTRICT;
