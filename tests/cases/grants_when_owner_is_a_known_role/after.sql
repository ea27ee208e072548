-- The role applying the plan (the session's current_user, here the test superuser) is one
-- the spec knows, since a policy names it (supabase names postgres): creating objects
-- with complete grant lists must not revoke its owner privileges.
DO $$ BEGIN CREATE ROLE case_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.notes (id integer PRIMARY KEY, body text);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_admin ON public.notes TO CURRENT_USER USING (true);
GRANT SELECT ON public.notes TO case_app;
CREATE SEQUENCE public.note_numbers;
GRANT USAGE ON SEQUENCE public.note_numbers TO case_app;
CREATE VIEW public.note_bodies AS SELECT body FROM public.notes;
GRANT SELECT ON public.note_bodies TO case_app;
CREATE FUNCTION public.note_count() RETURNS bigint LANGUAGE sql STABLE AS 'SELECT count(*) FROM public.notes';
REVOKE ALL ON FUNCTION public.note_count() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.note_count() TO case_app;
