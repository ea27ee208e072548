-- Constraints the target keeps NOT VALID are added NOT VALID and never validated (the
-- plan validates in a later step only those the target has validated).
CREATE TABLE public.accounts (id integer PRIMARY KEY);
CREATE TABLE public.payments (id integer PRIMARY KEY, account integer, amount numeric);
