-- Partitions whose schema and names hold dots and quotes, their clones of the trigger all
-- firing as it does.
CREATE SCHEMA "a.b";
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TABLE public.events (id int NOT NULL, kind int NOT NULL) PARTITION BY LIST (id);
CREATE TABLE "a.b"."p.1" PARTITION OF public.events FOR VALUES IN (1) PARTITION BY LIST (kind);
CREATE TABLE "a.b"."p.1.""x" PARTITION OF "a.b"."p.1" FOR VALUES IN (1);
CREATE TABLE public."q.""2" PARTITION OF public.events FOR VALUES IN (2);
CREATE TRIGGER audit AFTER INSERT ON public.events FOR EACH ROW EXECUTE FUNCTION public.touch();
