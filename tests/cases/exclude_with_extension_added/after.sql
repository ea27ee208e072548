CREATE EXTENSION btree_gist;
CREATE TABLE public.booking (id integer PRIMARY KEY, room integer NOT NULL, during tstzrange NOT NULL, CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, during WITH &&));
