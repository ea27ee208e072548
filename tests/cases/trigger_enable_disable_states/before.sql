CREATE TABLE public.events (id integer PRIMARY KEY, payload text);
CREATE FUNCTION public.noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t_disabled BEFORE INSERT ON public.events FOR EACH ROW EXECUTE FUNCTION public.noop();
CREATE TRIGGER t_replica BEFORE INSERT ON public.events FOR EACH ROW EXECUTE FUNCTION public.noop();
CREATE TRIGGER t_always BEFORE UPDATE ON public.events FOR EACH ROW EXECUTE FUNCTION public.noop();
CREATE TRIGGER t_changed BEFORE UPDATE ON public.events FOR EACH ROW EXECUTE FUNCTION public.noop();
ALTER TABLE public.events DISABLE TRIGGER t_changed;
CREATE CONSTRAINT TRIGGER t_constraint AFTER INSERT ON public.events FOR EACH ROW EXECUTE FUNCTION public.noop();
