CREATE SCHEMA app_1;
CREATE TABLE app_1."Notes8" (id_7 integer NOT NULL, part_9 date NOT NULL, col_10 text[], col_11 integer[], col_12 numeric DEFAULT 0) PARTITION BY RANGE (part_9);
CREATE MATERIALIZED VIEW app_1.mv_16 AS SELECT col_12, id_7, part_9 AS "table" FROM app_1."Notes8" WHERE part_9 IS NOT NULL;
CREATE VIEW public.v_21 WITH (security_barrier) AS SELECT col_12, id_7, "table" FROM app_1.mv_16 WHERE id_7 IS NOT NULL;
