DO $$ BEGIN CREATE ROLE case_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.notes (id integer PRIMARY KEY, owner text NOT NULL DEFAULT current_user, body text, level integer NOT NULL DEFAULT 0);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.notes FORCE ROW LEVEL SECURITY;
CREATE POLICY notes_owner ON public.notes USING (owner = current_user);
