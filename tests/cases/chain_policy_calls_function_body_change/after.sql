CREATE TABLE public.notes (id integer PRIMARY KEY, owner text NOT NULL);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
CREATE FUNCTION public.is_owner(o text) RETURNS boolean LANGUAGE sql STABLE AS $$
SELECT o = current_user OR o = session_user
$$;
CREATE POLICY notes_owner ON public.notes USING (public.is_owner(owner));
