CREATE EXTENSION file_fdw;
CREATE SERVER import_csv FOREIGN DATA WRAPPER file_fdw;
CREATE SERVER import_tsv FOREIGN DATA WRAPPER file_fdw;
-- Options added, changed and dropped; a column's options too; a column added and one dropped.
CREATE FOREIGN TABLE public.projects_dump (
  id integer NOT NULL,
  name text OPTIONS (force_null 'true'),
  client_id integer
) SERVER import_csv OPTIONS (filename '/tmp/projects_dump_v2.csv', format 'csv', delimiter ';');
-- Another server: recreated.
CREATE FOREIGN TABLE public.moved (id integer) SERVER import_tsv OPTIONS (filename '/tmp/moved.tsv', format 'text');
