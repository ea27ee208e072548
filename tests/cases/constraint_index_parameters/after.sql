CREATE TABLE public.rooms (
  id integer,
  code text,
  floor integer,
  booked tstzrange,
  "Note" text,
  CONSTRAINT rooms_pkey PRIMARY KEY (id) INCLUDE (floor, "Note") WITH (fillfactor = 70),
  CONSTRAINT rooms_code_key UNIQUE (code) WITH (fillfactor = 80, deduplicate_items = off),
  CONSTRAINT rooms_booked_excl EXCLUDE USING gist (booked WITH &&) INCLUDE (floor) WITH (buffering = on)
);
CREATE TABLE public.visits (room_code text REFERENCES public.rooms (code));
CREATE TABLE public.parted (
  id integer, at date, v text,
  PRIMARY KEY (id, at) INCLUDE (v) WITH (fillfactor = 60)
) PARTITION BY RANGE (at);
CREATE TABLE public.parted_2026 PARTITION OF public.parted FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
