-- A new partition below it, its clone firing as the trigger does: created there, it would
-- take events_2's replica state, so the states are set again after it.
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TABLE public.events (id int NOT NULL, kind int NOT NULL) PARTITION BY LIST (id);
CREATE TABLE public.events_2 PARTITION OF public.events FOR VALUES IN (2) PARTITION BY LIST (kind);
CREATE TABLE public.events_2_1 PARTITION OF public.events_2 FOR VALUES IN (1);
CREATE TRIGGER audit AFTER INSERT ON public.events FOR EACH ROW EXECUTE FUNCTION public.touch();
ALTER TABLE public.events_2 ENABLE REPLICA TRIGGER audit;
ALTER TABLE public.events_2_1 ENABLE TRIGGER audit;
