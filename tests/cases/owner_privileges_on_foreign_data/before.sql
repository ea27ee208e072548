-- Foreign-data wrappers and servers whose owner holds its USAGE, but one server that
-- revoked it from its owner; one server about to be given to another owner.
DO $$ BEGIN CREATE ROLE case_own_server_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE FOREIGN DATA WRAPPER own_fdw;
GRANT USAGE ON FOREIGN DATA WRAPPER own_fdw TO case_own_server_owner;
CREATE SERVER own_server FOREIGN DATA WRAPPER own_fdw;
CREATE SERVER given_back_server FOREIGN DATA WRAPPER own_fdw;
REVOKE USAGE ON FOREIGN SERVER given_back_server FROM CURRENT_USER;
CREATE SERVER handed_server FOREIGN DATA WRAPPER own_fdw;
GRANT USAGE ON FOREIGN SERVER handed_server TO case_own_server_owner;
