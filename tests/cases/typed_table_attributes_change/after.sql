CREATE TYPE public.item AS (id bigint, label text, price numeric(10,2));
CREATE TABLE public.items OF public.item (
  id WITH OPTIONS PRIMARY KEY,
  label WITH OPTIONS DEFAULT 'x',
  price WITH OPTIONS NOT NULL DEFAULT 0
);
COMMENT ON COLUMN public.items.price IS 'in euros';
