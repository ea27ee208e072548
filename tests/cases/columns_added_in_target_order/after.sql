CREATE DOMAIN public.domain_11 AS text CHECK (length(VALUE) < 20);
CREATE TYPE public.range_13 AS RANGE (subtype = numeric);
CREATE TABLE public.accounts_4 (id_3 smallint NOT NULL, "table" timestamptz NOT NULL, "Col12" public.domain_11, "Col 14" public.range_13);
