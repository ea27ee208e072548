DO $$ BEGIN CREATE ROLE case_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA ext;
-- Moved to another schema: pg_trgm is relocatable, so ALTER EXTENSION SET SCHEMA; its
-- members keep their privileges under the new schema's names, changed only where they
-- differ (extension_not_relocatable_recreated recreates one that cannot move).
CREATE EXTENSION pg_trgm WITH SCHEMA ext;
REVOKE EXECUTE ON FUNCTION ext.similarity(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ext.similarity(text, text) TO case_app;
GRANT EXECUTE ON FUNCTION ext.show_trgm(text) TO case_app;
