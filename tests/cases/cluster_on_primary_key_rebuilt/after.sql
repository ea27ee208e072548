-- The primary key gains a column: dropped and added again, its index unmarked until set again.
CREATE TABLE public.readings (sensor int NOT NULL, taken_at timestamptz NOT NULL, value double precision,
  CONSTRAINT readings_pkey PRIMARY KEY (sensor, taken_at));
ALTER TABLE public.readings CLUSTER ON readings_pkey;
