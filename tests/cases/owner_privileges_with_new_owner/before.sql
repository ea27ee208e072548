-- Tables owned by the role applying the plan, about to be given to another owner.
DO $$ BEGIN CREATE ROLE case_own_new_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.orders (id integer PRIMARY KEY);
CREATE TABLE public.invoices (id integer PRIMARY KEY);
REVOKE SELECT, DELETE ON public.invoices FROM CURRENT_USER;
CREATE TABLE public.shared (id integer PRIMARY KEY);
GRANT SELECT, UPDATE ON public.shared TO case_own_new_owner;
CREATE SCHEMA handed;
REVOKE USAGE ON SCHEMA handed FROM CURRENT_USER;
