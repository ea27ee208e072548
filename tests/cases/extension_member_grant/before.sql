DO $$ BEGIN CREATE ROLE case_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA ext;
CREATE EXTENSION pgcrypto WITH SCHEMA ext;
CREATE EXTENSION pg_buffercache WITH SCHEMA ext;
CREATE EXTENSION hstore WITH SCHEMA ext;
-- Members whose privileges the script left (PUBLIC's EXECUTE), changed after CREATE EXTENSION.
GRANT EXECUTE ON FUNCTION ext.digest(text, text) TO case_app;
REVOKE EXECUTE ON FUNCTION ext.gen_random_uuid() FROM PUBLIC;
GRANT ALL ON FUNCTION ext.hmac(text, text, text) TO case_app;
-- Gone with its extension (dropped in one direction, created with its grants in the other).
CREATE EXTENSION "uuid-ossp" WITH SCHEMA ext;
REVOKE ALL ON FUNCTION ext.uuid_generate_v4() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ext.uuid_generate_v4() TO case_app;
