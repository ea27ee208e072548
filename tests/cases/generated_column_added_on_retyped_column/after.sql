CREATE TABLE public."Users4" (id_3 smallint NOT NULL, "Col5" numeric GENERATED ALWAYS AS (id_3 * 2) STORED);
