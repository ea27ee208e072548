DO $$ BEGIN CREATE ROLE case_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA ext;
CREATE EXTENSION citext;
GRANT EXECUTE ON FUNCTION public.citext_eq(public.citext, public.citext) TO case_app;
CREATE TABLE public.users (id integer PRIMARY KEY, email public.citext NOT NULL UNIQUE);
