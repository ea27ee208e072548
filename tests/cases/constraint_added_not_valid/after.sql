CREATE TABLE public.accounts (id integer PRIMARY KEY);
CREATE TABLE public.payments (id integer PRIMARY KEY, account integer, amount numeric);
ALTER TABLE public.payments ADD CONSTRAINT positive CHECK (amount > 0) NOT VALID;
ALTER TABLE public.payments ADD CONSTRAINT payer FOREIGN KEY (account) REFERENCES public.accounts (id) NOT VALID;
ALTER TABLE public.payments ADD CONSTRAINT known CHECK (account IS NOT NULL);
-- A new table with a NOT VALID check: CREATE TABLE would make it valid.
CREATE TABLE public.refunds (id integer PRIMARY KEY, amount numeric);
ALTER TABLE public.refunds ADD CONSTRAINT negative CHECK (amount < 0) NOT VALID;
