-- public dropped and created again, as postgrest's fixtures do: no comment (nor initdb's
-- owner and USAGE for PUBLIC). A spec cannot leave a comment out to say so: left out on
-- public, it means 'standard public schema'; `comment: null` says none.
DROP SCHEMA public CASCADE;
CREATE SCHEMA public;
CREATE TABLE public.items (id integer PRIMARY KEY);
