-- The same trigger as a statement trigger: CREATE OR REPLACE would leave the row trigger's
-- clone on the partition, still firing, so it is dropped and created.
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TABLE public.events (id int NOT NULL) PARTITION BY HASH (id);
CREATE TABLE public.events_0 PARTITION OF public.events FOR VALUES WITH (MODULUS 4, REMAINDER 0);
CREATE TRIGGER audit AFTER INSERT ON public.events FOR EACH STATEMENT EXECUTE FUNCTION public.touch();
