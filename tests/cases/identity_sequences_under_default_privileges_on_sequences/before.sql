-- Default privileges ON SEQUENCES reach the identity sequences the plan brings (a new table's,
-- an identity given to a column, an identity column added); the target's were created before
-- those defaults, so hold nothing: what the defaults gave is revoked.
DO $$ BEGIN CREATE ROLE "seq reader"; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA app;
CREATE TABLE app.old_t (id smallint NOT NULL);
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT USAGE ON SEQUENCES TO "seq reader";
