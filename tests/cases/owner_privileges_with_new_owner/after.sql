-- The same owned by case_own_new_owner, whose own privileges differ from the old owner's:
-- fewer (orders), all (invoices), fewer than what it was granted before (shared); and a
-- table created for it without some.
DO $$ BEGIN CREATE ROLE case_own_new_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.orders (id integer PRIMARY KEY);
ALTER TABLE public.orders OWNER TO case_own_new_owner;
REVOKE INSERT ON public.orders FROM case_own_new_owner;
CREATE TABLE public.invoices (id integer PRIMARY KEY);
ALTER TABLE public.invoices OWNER TO case_own_new_owner;
CREATE TABLE public.shared (id integer PRIMARY KEY);
ALTER TABLE public.shared OWNER TO case_own_new_owner;
REVOKE UPDATE, TRUNCATE ON public.shared FROM case_own_new_owner;
CREATE SCHEMA handed AUTHORIZATION case_own_new_owner;
REVOKE CREATE ON SCHEMA handed FROM case_own_new_owner;
CREATE TABLE public.payments (id integer PRIMARY KEY);
ALTER TABLE public.payments OWNER TO case_own_new_owner;
REVOKE TRIGGER, REFERENCES ON public.payments FROM case_own_new_owner;
