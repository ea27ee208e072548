-- Two of those partitions left their parents (their clones go with them), one of them a
-- sub-partition; the third keeps its own state.
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TABLE public.events (id int NOT NULL, kind int NOT NULL) PARTITION BY LIST (id);
CREATE TABLE public.events_1 (id int NOT NULL, kind int NOT NULL);
CREATE TABLE public.events_2 PARTITION OF public.events FOR VALUES IN (2) PARTITION BY LIST (kind);
CREATE TABLE public.events_2_1 (id int NOT NULL, kind int NOT NULL);
CREATE TABLE public.events_3 PARTITION OF public.events FOR VALUES IN (3);
CREATE TRIGGER audit AFTER INSERT ON public.events FOR EACH ROW EXECUTE FUNCTION public.touch();
ALTER TABLE public.events_3 ENABLE ALWAYS TRIGGER audit;
