CREATE TABLE public.docs (id integer PRIMARY KEY, owner text NOT NULL, level integer NOT NULL);
-- Its result type changes: the function is recreated, and the policy around it.
CREATE FUNCTION public.allowed(level integer) RETURNS integer LANGUAGE sql STABLE AS $$ SELECT CASE WHEN level < 5 THEN 1 ELSE 0 END $$;
CREATE FUNCTION public.allowed(owner text) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT owner = current_user $$;
ALTER TABLE public.docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY low_levels ON public.docs FOR SELECT USING (public.allowed(level) = 1);
