-- As pg_dump restores them: public without its owner's own privileges, an owner without
-- USAGE on its schema (its grant to another role kept), one without any.
DO $$ BEGIN CREATE ROLE case_own_schema_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE case_own_schema_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
REVOKE ALL ON SCHEMA public FROM pg_database_owner;
CREATE SCHEMA kept AUTHORIZATION case_own_schema_owner;
GRANT USAGE ON SCHEMA kept TO case_own_schema_reader;
REVOKE USAGE ON SCHEMA kept FROM case_own_schema_owner;
CREATE TABLE kept.items (id integer PRIMARY KEY);
CREATE SCHEMA closed AUTHORIZATION case_own_schema_owner;
REVOKE ALL ON SCHEMA closed FROM case_own_schema_owner;
-- Created by the plan without its owner's CREATE.
CREATE SCHEMA fresh AUTHORIZATION case_own_schema_owner;
REVOKE CREATE ON SCHEMA fresh FROM case_own_schema_owner;
