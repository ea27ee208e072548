-- An owner that kept none of its own privileges, beside grants to another role.
DO $$ BEGIN CREATE ROLE case_own_back_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.notes (id integer PRIMARY KEY, body text);
GRANT SELECT ON public.notes TO case_own_back_reader WITH GRANT OPTION;
REVOKE ALL ON public.notes FROM CURRENT_USER;
CREATE SCHEMA quiet;
REVOKE ALL ON SCHEMA quiet FROM CURRENT_USER;
