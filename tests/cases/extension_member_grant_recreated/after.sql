DO $$ BEGIN CREATE ROLE case_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA ext;
-- Moved to another schema: recreated, its members start from the script's privileges
-- and are granted again.
CREATE EXTENSION pg_trgm WITH SCHEMA ext;
REVOKE EXECUTE ON FUNCTION ext.similarity(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ext.similarity(text, text) TO case_app;
GRANT EXECUTE ON FUNCTION ext.show_trgm(text) TO case_app;
