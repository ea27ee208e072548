CREATE EXTENSION citext VERSION '1.4';
CREATE TABLE public.accounts (email public.citext PRIMARY KEY, handle public.citext UNIQUE);
CREATE TABLE public.logins (id integer PRIMARY KEY, email public.citext REFERENCES public.accounts);
CREATE INDEX logins_email ON public.logins (email);
