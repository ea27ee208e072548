CREATE TYPE public.status AS ENUM ('new', 'done');
CREATE TABLE public.kept (id integer);
CREATE FUNCTION public.is_done(public.status) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1 = 'done' $$;
