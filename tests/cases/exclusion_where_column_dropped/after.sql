CREATE EXTENSION btree_gist;
CREATE TABLE public.jobs_16 ("group" integer NOT NULL, col_17 numeric NOT NULL);
