CREATE TABLE public.rooms (
  id integer PRIMARY KEY,
  code text UNIQUE,
  floor integer,
  booked tstzrange,
  EXCLUDE USING gist (booked WITH &&)
);
CREATE TABLE public.visits (room_code text REFERENCES public.rooms (code));
