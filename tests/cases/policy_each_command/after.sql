DO $$ BEGIN CREATE ROLE case_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE case_admin; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.notes (id integer PRIMARY KEY, owner text NOT NULL DEFAULT current_user, body text, level integer NOT NULL DEFAULT 0);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_select ON public.notes FOR SELECT TO case_app USING (owner = current_user);
CREATE POLICY p_insert ON public.notes FOR INSERT TO case_app WITH CHECK (owner = current_user);
CREATE POLICY p_update ON public.notes FOR UPDATE TO case_app USING (owner = current_user) WITH CHECK (level >= 0);
CREATE POLICY p_delete ON public.notes FOR DELETE TO case_admin USING (true);
CREATE POLICY p_all ON public.notes FOR ALL TO case_admin, case_app USING (level < 5);
