CREATE SCHEMA "Sales";
CREATE TABLE "Sales"."Customer" ("Id" integer PRIMARY KEY);
CREATE TABLE "Sales"."order" ("Id" integer PRIMARY KEY, "Customer Id" integer);
