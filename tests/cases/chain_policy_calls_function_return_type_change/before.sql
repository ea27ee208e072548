CREATE TABLE public.notes (id integer PRIMARY KEY, level integer NOT NULL);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
CREATE FUNCTION public.max_level() RETURNS integer LANGUAGE sql STABLE AS $$
SELECT 3
$$;
CREATE POLICY notes_level ON public.notes FOR SELECT USING (level <= public.max_level());
