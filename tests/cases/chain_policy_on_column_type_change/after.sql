CREATE TABLE public.notes (id integer PRIMARY KEY, owner_id bigint NOT NULL);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_owner ON public.notes USING (owner_id = 1);
