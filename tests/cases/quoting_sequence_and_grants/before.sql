DO $$ BEGIN CREATE ROLE "case Mixed Role"; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA "App Data";
CREATE TABLE "App Data"."Ticket" ("Id" bigint NOT NULL);
