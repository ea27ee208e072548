-- Given back some (SELECT, UPDATE on notes) or all (quiet), the other role's grants kept.
DO $$ BEGIN CREATE ROLE case_own_back_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.notes (id integer PRIMARY KEY, body text);
GRANT SELECT ON public.notes TO case_own_back_reader WITH GRANT OPTION;
REVOKE ALL ON public.notes FROM CURRENT_USER;
GRANT SELECT, UPDATE ON public.notes TO CURRENT_USER;
CREATE SCHEMA quiet;
