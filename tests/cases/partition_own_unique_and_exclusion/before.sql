CREATE TABLE public.bookings (id bigint NOT NULL, room integer NOT NULL, during tstzrange, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE public.bookings_2024 PARTITION OF public.bookings FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.bookings_2025 PARTITION OF public.bookings FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE public.bookings_2025 ADD CONSTRAINT bookings_2025_id_key UNIQUE (id);
