-- (generative seed 31000112) An exclusion constraint whose WHERE names a column that is
-- dropped, while the constrained column changes type: the constraint goes first.
CREATE EXTENSION btree_gist;
CREATE TABLE public.jobs_16 ("group" bigint NOT NULL, col_17 numeric NOT NULL, col_18 bytea);
ALTER TABLE public.jobs_16 ADD CONSTRAINT jobs_16_exclude_21 EXCLUDE USING gist ("group" WITH =) WHERE (col_18 IS NOT NULL);
