-- The clones on those partitions fire otherwise than the trigger: a partition_states key
-- cannot be split at a dot ("a.b"."p.1" is not "a"."b.p.1").
CREATE SCHEMA "a.b";
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TABLE public.events (id int NOT NULL, kind int NOT NULL) PARTITION BY LIST (id);
CREATE TABLE "a.b"."p.1" PARTITION OF public.events FOR VALUES IN (1) PARTITION BY LIST (kind);
CREATE TABLE "a.b"."p.1.""x" PARTITION OF "a.b"."p.1" FOR VALUES IN (1);
CREATE TABLE public."q.""2" PARTITION OF public.events FOR VALUES IN (2);
CREATE TRIGGER audit AFTER INSERT ON public.events FOR EACH ROW EXECUTE FUNCTION public.touch();
ALTER TABLE "a.b"."p.1" DISABLE TRIGGER audit;
ALTER TABLE "a.b"."p.1.""x" ENABLE ALWAYS TRIGGER audit;
ALTER TABLE public."q.""2" ENABLE REPLICA TRIGGER audit;
