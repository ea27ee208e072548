-- A trigger's WHEN with an IN list on a varchar column: PostgreSQL deparses it with an
-- array cast that, applied verbatim, stores another expression (diff.equivalence).
CREATE TABLE public.t ("user" varchar(20), n integer);
CREATE FUNCTION public.trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t_check BEFORE INSERT ON public.t FOR EACH ROW WHEN (NEW."user" IN ('a', 'b c')) EXECUTE FUNCTION public.trg();
