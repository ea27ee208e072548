DO $$ BEGIN CREATE ROLE "case Mixed Role"; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public."user" (id integer PRIMARY KEY, "owner" text NOT NULL, "Level" integer);
ALTER TABLE public."user" ENABLE ROW LEVEL SECURITY;
CREATE FUNCTION public."Is Owner"("who" text) RETURNS boolean LANGUAGE sql STABLE AS $$
SELECT "who" = current_user
$$;
CREATE POLICY "select" ON public."user" FOR SELECT TO "case Mixed Role" USING (public."Is Owner"("owner"));
CREATE POLICY "Level ""cap""" ON public."user" AS RESTRICTIVE USING ("Level" < 10);
CREATE FUNCTION public."order"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."Level" := coalesce(NEW."Level", 0);
  RETURN NEW;
END
$$;
CREATE TRIGGER "order" BEFORE INSERT OR UPDATE OF "Level" ON public."user" FOR EACH ROW EXECUTE FUNCTION public."order"();
GRANT SELECT, UPDATE ON public."user" TO "case Mixed Role";
GRANT EXECUTE ON FUNCTION public."Is Owner"(text) TO "case Mixed Role";
