CREATE SCHEMA app_1;
CREATE TABLE app_1."Notes8" (id_7 integer NOT NULL, part_9 date NOT NULL, col_10 text[], col_11 integer[], col_12 numeric DEFAULT 0) PARTITION BY RANGE (part_9);
CREATE MATERIALIZED VIEW app_1.mv_16 AS SELECT col_10 FROM app_1."Notes8";
