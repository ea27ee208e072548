DO $$ BEGIN CREATE ROLE "case Mixed Role"; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public."user" (id integer PRIMARY KEY, "owner" text NOT NULL, "Level" integer);
ALTER TABLE public."user" ENABLE ROW LEVEL SECURITY;
