-- A new partition whose clone has a state of its own, set once the partition exists; the
-- trigger itself unchanged.
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TABLE public.events (id int NOT NULL) PARTITION BY LIST (id);
CREATE TABLE public.events_1 PARTITION OF public.events FOR VALUES IN (1);
CREATE TABLE public.events_3 PARTITION OF public.events FOR VALUES IN (3);
CREATE TRIGGER audit AFTER INSERT ON public.events FOR EACH ROW EXECUTE FUNCTION public.touch();
ALTER TABLE public.events_1 DISABLE TRIGGER audit;
ALTER TABLE public.events_3 ENABLE ALWAYS TRIGGER audit;
