CREATE SCHEMA "user";
CREATE TABLE "user"."table" ("column" integer, "Name" text);
