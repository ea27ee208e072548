-- 'mauve' goes: the domain and the composite type built on the enum are replaced with it,
-- and every column of the three converted.
CREATE TYPE public.color AS ENUM ('red', 'green', 'blue');
CREATE DOMAIN public.primary_color AS public.color CHECK (VALUE <> 'green');
CREATE TYPE public.pixel AS (x integer, y integer, color public.color);
CREATE TABLE public.drawings (
  id integer PRIMARY KEY,
  background public.primary_color DEFAULT 'blue',
  palette public.color[],
  origin public.pixel
);
INSERT INTO public.drawings VALUES (1, 'red', '{red,green}', ROW(0, 0, 'blue'));
