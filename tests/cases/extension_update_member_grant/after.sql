DO $$ BEGIN CREATE ROLE case_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
-- 1.6's update script adds citext_hash_extended: granted from the script's privileges
-- after the update; the grants on a member both versions have stay.
CREATE EXTENSION citext VERSION '1.6';
REVOKE EXECUTE ON FUNCTION public.citext_eq(public.citext, public.citext) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.citext_eq(public.citext, public.citext) TO case_app;
REVOKE EXECUTE ON FUNCTION public.citext_hash_extended(public.citext, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.citext_hash_extended(public.citext, bigint) TO case_app;
