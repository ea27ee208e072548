CREATE SCHEMA "default";
CREATE SEQUENCE "default".seq_4 INCREMENT 10 START 876;
CREATE TABLE "default".users_3 (id_2 integer DEFAULT nextval('"default".seq_4'::regclass) NOT NULL, "Col5" varchar(20) NOT NULL, col_6 numeric GENERATED ALWAYS AS (id_2 * 2) STORED, col_7 varchar(20), "user" varchar(20) DEFAULT 'x');
