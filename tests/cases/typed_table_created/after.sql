CREATE SCHEMA "ty.pes";
CREATE TYPE "ty.pes"."Address" AS (street text, zip integer, city text COLLATE "C");
CREATE TABLE public."Places" OF "ty.pes"."Address" (
  street WITH OPTIONS NOT NULL,
  zip WITH OPTIONS DEFAULT 0 CHECK (zip >= 0),
  PRIMARY KEY (street)
);
ALTER TABLE public."Places" ALTER COLUMN city SET STATISTICS 200;
ALTER TABLE public."Places" ALTER COLUMN street SET COMPRESSION pglz;
COMMENT ON COLUMN public."Places".city IS 'where';
CREATE INDEX places_city_idx ON public."Places" (city);
CREATE TABLE public.bare OF "ty.pes"."Address";
