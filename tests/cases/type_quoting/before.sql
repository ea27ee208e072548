CREATE SCHEMA "Sales Dept";
CREATE TYPE "Sales Dept"."Order ""Status""" AS ENUM ('new', 'it''s done', 'Mixed Case');
CREATE DOMAIN "Sales Dept"."Positive Amount" AS integer CONSTRAINT "Is ""Positive""" CHECK (VALUE > 0);
CREATE TYPE "Sales Dept"."Line Item" AS ("Product Name" text, "Qty" "Sales Dept"."Positive Amount");
CREATE TYPE "Sales Dept"."Hour Range" AS RANGE (subtype = integer);
CREATE TABLE "Sales Dept"."Order" ("Id" integer PRIMARY KEY, "State" "Sales Dept"."Order ""Status""" DEFAULT 'it''s done');
DO $$ BEGIN CREATE ROLE "Type User"; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
GRANT USAGE ON TYPE "Sales Dept"."Order ""Status""" TO "Type User";
