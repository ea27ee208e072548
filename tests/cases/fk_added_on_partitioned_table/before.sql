CREATE SCHEMA "App 1";
CREATE TABLE "App 1".notes_7 (id_6 bigint NOT NULL, part_8 integer NOT NULL, col_9 timestamptz, "Col10" integer[]) PARTITION BY RANGE (part_8);
CREATE TABLE public.notes_14 (id_13 smallint NOT NULL, col_15 uuid NOT NULL, col_16 numeric GENERATED ALWAYS AS (id_13 * 2) STORED);
ALTER TABLE public.notes_14 ADD CONSTRAINT notes_14_pk_17 PRIMARY KEY (id_13);
