CREATE EXTENSION file_fdw;
CREATE SERVER import_csv FOREIGN DATA WRAPPER file_fdw;
COMMENT ON SERVER import_csv IS 'CSV files on the database host';
CREATE SCHEMA imports;
CREATE TABLE imports.clients (id integer PRIMARY KEY, name text);
CREATE FOREIGN TABLE imports.projects_dump (
  id integer NOT NULL,
  name text OPTIONS (force_not_null 'true'),
  client_id integer DEFAULT 0,
  CONSTRAINT projects_dump_id_check CHECK (id > 0)
) SERVER import_csv OPTIONS (filename '/tmp/projects_dump.csv', format 'csv', header 'true');
COMMENT ON FOREIGN TABLE imports.projects_dump IS $$A temporary projects dump

Just a test for foreign tables$$;
COMMENT ON COLUMN imports.projects_dump.name IS 'as exported';
GRANT SELECT ON imports.projects_dump TO PUBLIC;
GRANT SELECT (name) ON imports.projects_dump TO PUBLIC;
-- A view over the foreign table is created after it and dropped before it.
CREATE VIEW imports.project_names AS SELECT name FROM imports.projects_dump;
-- Owned by another role (owners are managed).
DO $$ BEGIN CREATE ROLE case_fdw_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
GRANT USAGE ON FOREIGN SERVER import_csv TO case_fdw_owner;
ALTER FOREIGN TABLE imports.projects_dump OWNER TO case_fdw_owner;
