CREATE TABLE public.accounts (id integer PRIMARY KEY, balance numeric NOT NULL);
CREATE FUNCTION public.check_balance() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
-- Deferred to commit: a constraint trigger changed is dropped and created again.
CREATE CONSTRAINT TRIGGER balance_check AFTER INSERT OR UPDATE ON public.accounts
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (new.balance < 0) EXECUTE FUNCTION public.check_balance('strict');
COMMENT ON TRIGGER balance_check ON public.accounts IS 'Balance never negative at commit';
-- A plain trigger becoming a constraint trigger.
CREATE CONSTRAINT TRIGGER plain_audit AFTER INSERT ON public.accounts DEFERRABLE
  FOR EACH ROW EXECUTE FUNCTION public.check_balance();
CREATE CONSTRAINT TRIGGER added_later AFTER DELETE ON public.accounts DEFERRABLE INITIALLY IMMEDIATE
  FOR EACH ROW EXECUTE FUNCTION public.check_balance();
