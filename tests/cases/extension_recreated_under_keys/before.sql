-- citext downgraded (no script leads from 1.6 to 1.4): dropped and created again while a
-- primary key, a unique constraint and a foreign key are on columns of its type. They
-- wait as text meanwhile. Upgraded back in place.
CREATE EXTENSION citext VERSION '1.6';
CREATE TABLE public.accounts (email public.citext PRIMARY KEY, handle public.citext UNIQUE);
CREATE TABLE public.logins (id integer PRIMARY KEY, email public.citext REFERENCES public.accounts);
CREATE INDEX logins_email ON public.logins (email);
