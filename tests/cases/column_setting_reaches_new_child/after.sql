CREATE EXTENSION citext;
CREATE TYPE public.composite_8 AS (f_6 date, f_7 integer);
CREATE UNLOGGED TABLE public.stats_2 ("Id1" smallint NOT NULL, col_3 citext DEFAULT 'Ab', "Col9" public.composite_8);
ALTER TABLE public.stats_2 ALTER COLUMN "Col9" SET STATISTICS 0;
CREATE TABLE public.kid_1000003 ("Id1" smallint DEFAULT 7, "loc""1000004" boolean, loc_1000005 numeric(10,2)) INHERITS (public.stats_2);