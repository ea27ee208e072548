-- citext downgraded (no script leads from 1.6 to 1.4): dropped and created again while
-- our function takes and returns its type, a default calls that function, a CHECK and an
-- index cast to its type, a view and shout's SQL body call the function. They are dropped
-- before and created again after. Upgraded back in place.
CREATE EXTENSION citext VERSION '1.6';
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
