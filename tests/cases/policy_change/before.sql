DO $$ BEGIN CREATE ROLE app_user; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.notes (id integer PRIMARY KEY, owner text NOT NULL, body text);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Owners read" ON public.notes FOR SELECT TO app_user USING (owner = current_user);
