CREATE EXTENSION citext;
CREATE TABLE public.users (id integer PRIMARY KEY, email citext NOT NULL UNIQUE);
