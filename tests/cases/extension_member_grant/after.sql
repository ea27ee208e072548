DO $$ BEGIN CREATE ROLE case_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA ext;
CREATE EXTENSION pgcrypto WITH SCHEMA ext;
CREATE EXTENSION pg_buffercache WITH SCHEMA ext;
CREATE EXTENSION hstore WITH SCHEMA ext;
-- digest gains the grant option; gen_random_uuid is back to the script's privileges;
-- armor loses PUBLIC's EXECUTE; hmac keeps its grant.
GRANT EXECUTE ON FUNCTION ext.digest(text, text) TO case_app WITH GRANT OPTION;
REVOKE EXECUTE ON FUNCTION ext.armor(bytea) FROM PUBLIC;
GRANT ALL ON FUNCTION ext.hmac(text, text, text) TO case_app;
-- pg_buffercache's script revokes PUBLIC's privileges and grants pg_monitor's: a member
-- view and function changed from there.
GRANT SELECT ON ext.pg_buffercache TO case_app;
REVOKE ALL ON ext.pg_buffercache FROM pg_monitor;
GRANT EXECUTE ON FUNCTION ext.pg_buffercache_pages() TO PUBLIC;
-- A member type.
REVOKE USAGE ON TYPE ext.hstore FROM PUBLIC;
GRANT USAGE ON TYPE ext.hstore TO case_app;
-- A new extension whose members are granted after CREATE EXTENSION.
CREATE EXTENSION citext WITH SCHEMA ext;
REVOKE ALL ON TYPE ext.citext FROM PUBLIC;
GRANT USAGE ON TYPE ext.citext TO case_app;
REVOKE EXECUTE ON FUNCTION ext.regexp_matches(ext.citext, ext.citext) FROM PUBLIC;
