-- standard bodies calling each other, used by a default, a check, an index, a view and a policy
CREATE FUNCTION public.cents(amount numeric) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN (amount * 100)::bigint;
CREATE FUNCTION public.positive_cents(amount numeric) RETURNS boolean LANGUAGE sql IMMUTABLE
  RETURN public.cents(amount) >= 0;
CREATE FUNCTION public.opening_balance() RETURNS numeric LANGUAGE sql IMMUTABLE RETURN 10.5;
CREATE TABLE public.accounts (
  id integer PRIMARY KEY,
  balance numeric NOT NULL DEFAULT public.opening_balance() CHECK (public.positive_cents(balance))
);
CREATE INDEX accounts_cents ON public.accounts (public.cents(balance));
CREATE FUNCTION public.rich() RETURNS SETOF public.accounts LANGUAGE sql STABLE
  BEGIN ATOMIC SELECT * FROM public.accounts WHERE public.cents(balance) > 100000; END;
CREATE VIEW public.rich_ids AS SELECT id FROM public.rich();
ALTER TABLE public.accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY solvent ON public.accounts USING (public.positive_cents(balance));
