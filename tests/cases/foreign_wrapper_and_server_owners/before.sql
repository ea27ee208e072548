-- Only a superuser may own a foreign-data wrapper; a server's owner needs USAGE on it.
DO $$ BEGIN CREATE ROLE case_fdw_admin SUPERUSER; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE case_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE FOREIGN DATA WRAPPER owned_fdw;
GRANT USAGE ON FOREIGN DATA WRAPPER owned_fdw TO case_app;
CREATE SERVER owned_server FOREIGN DATA WRAPPER owned_fdw;
GRANT USAGE ON FOREIGN SERVER owned_server TO PUBLIC;
