DO $$ BEGIN CREATE ROLE case_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE case_admin; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.notes (id integer PRIMARY KEY, owner text NOT NULL DEFAULT current_user, body text, level integer NOT NULL DEFAULT 0);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_read ON public.notes FOR SELECT TO case_app, case_admin USING (true);
