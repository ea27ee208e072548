-- A partition's clone in replica state, the trigger's own in the default state.
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TABLE public.events (id int NOT NULL, kind int NOT NULL) PARTITION BY LIST (id);
CREATE TABLE public.events_2 PARTITION OF public.events FOR VALUES IN (2) PARTITION BY LIST (kind);
CREATE TRIGGER audit AFTER INSERT ON public.events FOR EACH ROW EXECUTE FUNCTION public.touch();
ALTER TABLE public.events_2 ENABLE REPLICA TRIGGER audit;
