-- (generative, seed 30000120) A column becomes generated from a column whose type changes:
-- the type changes first, PostgreSQL refuses it under a generated column.
CREATE TABLE public."Users4" (id_3 double precision NOT NULL, "Col5" numeric);
