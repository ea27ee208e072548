-- A partition's own UNIQUE (NULLS NOT DISTINCT, deferrable) and EXCLUDE constraints; another
-- partition's unique constraint changes (dropped and added again).
CREATE TABLE public.bookings (id bigint NOT NULL, room integer NOT NULL, during tstzrange, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE public.bookings_2024 PARTITION OF public.bookings FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.bookings_2025 PARTITION OF public.bookings FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE public.bookings_2024 ADD CONSTRAINT bookings_2024_room_key UNIQUE NULLS NOT DISTINCT (room, id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE public.bookings_2024 ADD CONSTRAINT bookings_2024_no_overlap EXCLUDE USING gist (during WITH &&) WHERE (room > 0);
ALTER TABLE public.bookings_2025 ADD CONSTRAINT bookings_2025_id_key UNIQUE (id, room);
