CREATE TABLE public.events (id integer PRIMARY KEY, payload text);
CREATE FUNCTION public.noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t_disabled BEFORE INSERT ON public.events FOR EACH ROW EXECUTE FUNCTION public.noop();
ALTER TABLE public.events DISABLE TRIGGER t_disabled;
CREATE TRIGGER t_replica BEFORE INSERT ON public.events FOR EACH ROW EXECUTE FUNCTION public.noop();
ALTER TABLE public.events ENABLE REPLICA TRIGGER t_replica;
CREATE TRIGGER t_always BEFORE UPDATE ON public.events FOR EACH ROW EXECUTE FUNCTION public.noop();
ALTER TABLE public.events ENABLE ALWAYS TRIGGER t_always;
-- Definition and state change together: CREATE OR REPLACE, then the state again.
CREATE TRIGGER t_changed BEFORE UPDATE OF payload ON public.events FOR EACH ROW EXECUTE FUNCTION public.noop();
ALTER TABLE public.events DISABLE TRIGGER t_changed;
CREATE CONSTRAINT TRIGGER t_constraint AFTER INSERT ON public.events FOR EACH ROW EXECUTE FUNCTION public.noop();
ALTER TABLE public.events DISABLE TRIGGER t_constraint;
CREATE TRIGGER t_new BEFORE DELETE ON public.events FOR EACH ROW EXECUTE FUNCTION public.noop();
ALTER TABLE public.events ENABLE REPLICA TRIGGER t_new;
