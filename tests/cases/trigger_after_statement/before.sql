CREATE TABLE public.docs (id integer PRIMARY KEY, title text, body text, updated_at timestamptz);
CREATE FUNCTION public.audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RETURN NULL;
END
$$;
