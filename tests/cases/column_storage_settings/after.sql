CREATE TABLE public.t (id integer, doc text COMPRESSION pglz, blob bytea, tag text, n integer, extra text COMPRESSION pglz);
ALTER TABLE public.t ALTER COLUMN doc SET STORAGE MAIN;
ALTER TABLE public.t ALTER COLUMN id SET STATISTICS 1000;
ALTER TABLE public.t ALTER COLUMN n SET (n_distinct = -0.5, n_distinct_inherited = -0.25);
ALTER TABLE public.t ALTER COLUMN extra SET STORAGE EXTERNAL;
ALTER TABLE public.t ALTER COLUMN extra SET STATISTICS 50;
