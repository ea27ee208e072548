CREATE EXTENSION citext VERSION '1.4';
CREATE FUNCTION public.normalized(t public.citext) RETURNS public.citext LANGUAGE sql IMMUTABLE AS $$ SELECT $1 $$;
CREATE FUNCTION public.shout(t text) RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT upper(public.normalized($1::public.citext)::text) $$;
CREATE TABLE public.users (
  id integer PRIMARY KEY,
  email text NOT NULL CHECK (email::public.citext <> 'admin'::public.citext),
  handle text DEFAULT public.normalized('Guest'::public.citext)::text
);
CREATE INDEX users_email_ci ON public.users ((email::public.citext));
CREATE VIEW public.user_handles AS SELECT id, public.normalized(handle::public.citext) AS handle FROM public.users;
