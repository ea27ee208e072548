DO $$ BEGIN CREATE ROLE case_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA ext;
-- Relocatable: ALTER EXTENSION SET SCHEMA, the column of its type and its grants kept.
CREATE EXTENSION citext WITH SCHEMA ext;
GRANT EXECUTE ON FUNCTION ext.citext_eq(ext.citext, ext.citext) TO case_app;
CREATE TABLE public.users (id integer PRIMARY KEY, email ext.citext NOT NULL UNIQUE);
