DO $$ BEGIN CREATE ROLE case_fdw_admin SUPERUSER; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE case_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE FOREIGN DATA WRAPPER owned_fdw;
GRANT USAGE ON FOREIGN DATA WRAPPER owned_fdw TO case_app;
ALTER FOREIGN DATA WRAPPER owned_fdw OWNER TO case_fdw_admin;
CREATE SERVER owned_server FOREIGN DATA WRAPPER owned_fdw;
GRANT USAGE ON FOREIGN SERVER owned_server TO PUBLIC;
ALTER SERVER owned_server OWNER TO case_app;
-- Created by the plan, then given their owners.
CREATE FOREIGN DATA WRAPPER new_fdw;
ALTER FOREIGN DATA WRAPPER new_fdw OWNER TO case_fdw_admin;
CREATE SERVER new_server FOREIGN DATA WRAPPER owned_fdw;
ALTER SERVER new_server OWNER TO case_app;
