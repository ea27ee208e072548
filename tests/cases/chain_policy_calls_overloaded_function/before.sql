CREATE TABLE public.docs (id integer PRIMARY KEY, owner text NOT NULL, level integer NOT NULL);
CREATE FUNCTION public.allowed(level integer) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT level < 5 $$;
CREATE FUNCTION public.allowed(owner text) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT owner = current_user $$;
ALTER TABLE public.docs ENABLE ROW LEVEL SECURITY;
-- The policy calls allowed(integer) only; pg_depend names that overload.
CREATE POLICY low_levels ON public.docs FOR SELECT USING (public.allowed(level));
