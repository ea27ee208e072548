CREATE TABLE public."user" ("select" bigint PRIMARY KEY, "order" text NOT NULL DEFAULT 'x', "Mixed Case" bigint DEFAULT 7, "from" text COLLATE "C");
COMMENT ON COLUMN public."user"."from" IS 'Origin';
