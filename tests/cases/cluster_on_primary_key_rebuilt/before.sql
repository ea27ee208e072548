CREATE TABLE public.readings (sensor int NOT NULL, taken_at timestamptz NOT NULL, value double precision,
  CONSTRAINT readings_pkey PRIMARY KEY (sensor));
ALTER TABLE public.readings CLUSTER ON readings_pkey;
