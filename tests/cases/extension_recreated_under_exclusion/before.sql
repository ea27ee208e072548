-- btree_gist downgraded (no script leads from 1.7 to 1.6): dropped and created again while
-- an exclusion constraint's index uses its operator class (gist_int4_ops): the constraint
-- is dropped before and added again after; plain's btree one is left alone. Upgraded back
-- in place.
CREATE EXTENSION btree_gist VERSION '1.7';
CREATE TABLE public.bookings (
  room integer NOT NULL,
  during tsrange NOT NULL,
  CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, during WITH &&)
);
CREATE TABLE public.plain (id integer, EXCLUDE USING btree (id WITH =));
