DO $$ BEGIN CREATE ROLE "Type User"; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA "Sales Dept";
CREATE TYPE "Sales Dept"."Order ""Status""" AS ENUM ('new', 'it''s done', 'Mixed Case', 'with "quotes"');
CREATE DOMAIN "Sales Dept"."Positive Amount" AS integer CONSTRAINT "Is ""Positive""" CHECK (VALUE > 0) CONSTRAINT "Not ""Huge""" CHECK (VALUE < 1000);
CREATE TYPE "Sales Dept"."Line Item" AS ("Product Name" text, "Qty" "Sales Dept"."Positive Amount", "Unit Price" numeric);
CREATE TYPE "Sales Dept"."Hour Range" AS RANGE (subtype = integer, multirange_type_name = "Sales Dept"."Hour Ranges");
CREATE TABLE "Sales Dept"."Order" ("Id" integer PRIMARY KEY, "State" "Sales Dept"."Order ""Status""" DEFAULT 'with "quotes"');
COMMENT ON TYPE "Sales Dept"."Order ""Status""" IS 'it''s the state';
REVOKE USAGE ON TYPE "Sales Dept"."Order ""Status""" FROM PUBLIC;
