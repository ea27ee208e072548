CREATE TABLE public.notes (id integer PRIMARY KEY, level integer NOT NULL);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
CREATE FUNCTION public.max_level() RETURNS bigint LANGUAGE sql STABLE AS $$
SELECT 3::bigint
$$;
CREATE POLICY notes_level ON public.notes FOR SELECT USING (level <= public.max_level());
