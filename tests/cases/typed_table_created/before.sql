CREATE SCHEMA "ty.pes";
CREATE TYPE "ty.pes"."Address" AS (street text, zip integer, city text COLLATE "C");
