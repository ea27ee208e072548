-- The owner without its USAGE on the wrapper and a server, given it back on another, a
-- server handed to an owner that lacks it (though it was granted it before), and a wrapper
-- and a server created so.
DO $$ BEGIN CREATE ROLE case_own_server_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE FOREIGN DATA WRAPPER own_fdw;
GRANT USAGE ON FOREIGN DATA WRAPPER own_fdw TO case_own_server_owner;
REVOKE USAGE ON FOREIGN DATA WRAPPER own_fdw FROM CURRENT_USER;
CREATE SERVER own_server FOREIGN DATA WRAPPER own_fdw;
REVOKE USAGE ON FOREIGN SERVER own_server FROM CURRENT_USER;
CREATE SERVER given_back_server FOREIGN DATA WRAPPER own_fdw;
CREATE SERVER handed_server FOREIGN DATA WRAPPER own_fdw;
ALTER SERVER handed_server OWNER TO case_own_server_owner;
REVOKE USAGE ON FOREIGN SERVER handed_server FROM case_own_server_owner;
CREATE FOREIGN DATA WRAPPER new_fdw;
REVOKE ALL ON FOREIGN DATA WRAPPER new_fdw FROM CURRENT_USER;
CREATE SERVER new_server FOREIGN DATA WRAPPER own_fdw;
REVOKE USAGE ON FOREIGN SERVER new_server FROM CURRENT_USER;
