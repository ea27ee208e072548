CREATE TABLE public.items (id integer PRIMARY KEY, price integer NOT NULL);
CREATE TABLE public.audit_log (at timestamptz NOT NULL DEFAULT now(), note text);
-- pg_depend records nothing about either body: the SQL body is parsed (it is checked
-- when the function is created), the PL/pgSQL body needs nothing until it runs.
CREATE FUNCTION public.total() RETURNS numeric LANGUAGE sql STABLE AS $$ SELECT coalesce(sum(price), 0)::numeric FROM public.items $$;
CREATE FUNCTION public.log_it(note text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO public.audit_log (note) VALUES (note);
END
$$;
CREATE VIEW public.summary AS SELECT public.total() AS total;
