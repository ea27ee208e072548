CREATE TABLE public.accounts_4 (id_3 smallint NOT NULL, "table" timestamptz NOT NULL);
