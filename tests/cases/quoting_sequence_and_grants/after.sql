DO $$ BEGIN CREATE ROLE "case Mixed Role"; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA "App Data";
CREATE TABLE "App Data"."Ticket" ("Id" bigint NOT NULL);
CREATE SEQUENCE "App Data"."Ticket Seq" START 10;
GRANT USAGE ON SCHEMA "App Data" TO "case Mixed Role";
GRANT USAGE ON SEQUENCE "App Data"."Ticket Seq" TO "case Mixed Role";
GRANT SELECT ON "App Data"."Ticket" TO "case Mixed Role";
