CREATE SCHEMA "user";
CREATE TABLE "user"."table" ("column" integer, "Name" text);
CREATE VIEW "user"."select" AS SELECT "column", "Name" AS "Display Name" FROM "user"."table";
CREATE VIEW "user"."My View" AS SELECT "Display Name" FROM "user"."select";
CREATE MATERIALIZED VIEW "user"."Mat View" AS SELECT "column" FROM "user"."table";
CREATE INDEX "Mat Idx" ON "user"."Mat View" ("column");
