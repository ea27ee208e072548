CREATE EXTENSION citext;
CREATE TYPE public.composite_8 AS (f_6 date, f_7 integer);
CREATE UNLOGGED TABLE public.stats_2 ("Id1" smallint NOT NULL, col_3 citext DEFAULT 'Ab', "Col9" public.composite_8);
