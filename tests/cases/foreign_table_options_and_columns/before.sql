CREATE EXTENSION file_fdw;
CREATE SERVER import_csv FOREIGN DATA WRAPPER file_fdw;
CREATE SERVER import_tsv FOREIGN DATA WRAPPER file_fdw;
CREATE FOREIGN TABLE public.projects_dump (
  id integer,
  name text OPTIONS (force_not_null 'true'),
  old_column text
) SERVER import_csv OPTIONS (filename '/tmp/projects_dump.csv', format 'csv', header 'true');
CREATE FOREIGN TABLE public.moved (id integer) SERVER import_csv OPTIONS (filename '/tmp/moved.csv');
