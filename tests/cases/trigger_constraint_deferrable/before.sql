CREATE TABLE public.accounts (id integer PRIMARY KEY, balance numeric NOT NULL);
CREATE FUNCTION public.check_balance() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE CONSTRAINT TRIGGER balance_check AFTER INSERT OR UPDATE ON public.accounts
  FOR EACH ROW EXECUTE FUNCTION public.check_balance();
CREATE TRIGGER plain_audit AFTER INSERT ON public.accounts FOR EACH ROW EXECUTE FUNCTION public.check_balance();
