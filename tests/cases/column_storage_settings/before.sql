CREATE TABLE public.t (id integer, doc text, blob bytea, tag text, n integer);
ALTER TABLE public.t ALTER COLUMN blob SET STORAGE EXTERNAL;
ALTER TABLE public.t ALTER COLUMN n SET STATISTICS 500;
ALTER TABLE public.t ALTER COLUMN tag SET (n_distinct = 100);
