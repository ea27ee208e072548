CREATE TABLE public.items (id integer PRIMARY KEY, price numeric(12,2) NOT NULL);
CREATE FUNCTION public.total() RETURNS numeric LANGUAGE sql STABLE AS $$ SELECT coalesce(sum(price), 0)::numeric FROM public.items $$;
-- The table its body writes to is gone: PostgreSQL lets the function stay.
CREATE FUNCTION public.log_it(note text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO public.audit_log (note) VALUES (note);
END
$$;
CREATE VIEW public.summary AS SELECT public.total() AS total;
