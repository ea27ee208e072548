-- public as every new database has it: owned by pg_database_owner.
CREATE TABLE public.notes (id integer PRIMARY KEY, body text);
