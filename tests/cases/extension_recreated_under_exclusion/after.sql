CREATE EXTENSION btree_gist VERSION '1.6';
CREATE TABLE public.bookings (
  room integer NOT NULL,
  during tsrange NOT NULL,
  CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, during WITH &&)
);
CREATE TABLE public.plain (id integer, EXCLUDE USING btree (id WITH =));
