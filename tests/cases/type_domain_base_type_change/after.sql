-- A domain's base type cannot be altered: it is replaced, its column converted, the view rebuilt.
CREATE DOMAIN public.amount AS numeric(12,2) CHECK (VALUE >= 0);
CREATE TABLE public.payments (id integer PRIMARY KEY, amount public.amount NOT NULL DEFAULT 0);
CREATE INDEX payments_amount ON public.payments (amount);
CREATE VIEW public.big_payments AS SELECT id, amount FROM public.payments WHERE amount > 100;
INSERT INTO public.payments VALUES (1, 250);
