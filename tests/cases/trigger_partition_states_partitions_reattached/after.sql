-- Two partitions take other bounds (DETACH, then ATTACH again), the third becomes
-- sub-partitioned (it is created again): DETACH and DROP take their clones of the trigger,
-- and the sub-partition's, and ATTACH and CREATE clone it anew, firing as the trigger
-- does. Their states are to stay as they were.
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TABLE public.events (id int NOT NULL, kind int NOT NULL) PARTITION BY LIST (id);
CREATE TABLE public.events_1 PARTITION OF public.events FOR VALUES IN (1, 4);
CREATE TABLE public.events_2 PARTITION OF public.events FOR VALUES IN (2, 5) PARTITION BY LIST (kind);
CREATE TABLE public.events_2_1 PARTITION OF public.events_2 FOR VALUES IN (1);
CREATE TABLE public.events_3 PARTITION OF public.events FOR VALUES IN (3) PARTITION BY LIST (kind);
CREATE TRIGGER audit AFTER INSERT ON public.events FOR EACH ROW EXECUTE FUNCTION public.touch();
ALTER TABLE public.events_1 DISABLE TRIGGER audit;
ALTER TABLE public.events_2_1 ENABLE REPLICA TRIGGER audit;
ALTER TABLE public.events_3 ENABLE ALWAYS TRIGGER audit;
