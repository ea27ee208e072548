-- public given to the role that runs everything (pagila gives it to postgres): CREATE
-- SCHEMA IF NOT EXISTS public creates nothing, so it is still pg_database_owner's and
-- needs its ALTER ... OWNER TO, though that role owns every object it creates.
ALTER SCHEMA public OWNER TO CURRENT_USER;
CREATE TABLE public.notes (id integer PRIMARY KEY, body text);
