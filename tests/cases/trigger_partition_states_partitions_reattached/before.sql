-- Partitions whose clones of the trigger fire otherwise than it, at two depths.
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TABLE public.events (id int NOT NULL, kind int NOT NULL) PARTITION BY LIST (id);
CREATE TABLE public.events_1 PARTITION OF public.events FOR VALUES IN (1);
CREATE TABLE public.events_2 PARTITION OF public.events FOR VALUES IN (2) PARTITION BY LIST (kind);
CREATE TABLE public.events_2_1 PARTITION OF public.events_2 FOR VALUES IN (1);
CREATE TABLE public.events_3 PARTITION OF public.events FOR VALUES IN (3);
CREATE TRIGGER audit AFTER INSERT ON public.events FOR EACH ROW EXECUTE FUNCTION public.touch();
ALTER TABLE public.events_1 DISABLE TRIGGER audit;
ALTER TABLE public.events_2_1 ENABLE REPLICA TRIGGER audit;
ALTER TABLE public.events_3 ENABLE ALWAYS TRIGGER audit;
