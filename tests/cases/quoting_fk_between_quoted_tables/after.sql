CREATE SCHEMA "Sales";
CREATE TABLE "Sales"."Customer" ("Id" integer PRIMARY KEY);
CREATE TABLE "Sales"."order" ("Id" integer PRIMARY KEY, "Customer Id" integer, CONSTRAINT "FK to Customer" FOREIGN KEY ("Customer Id") REFERENCES "Sales"."Customer" ("Id") ON DELETE SET NULL);
