CREATE TYPE public.pair AS (a integer, b text, gone text);
COMMENT ON COLUMN public.pair.a IS 'first';
COMMENT ON COLUMN public.pair.b IS 'second';
COMMENT ON COLUMN public.pair.gone IS 'dropped with its attribute';
CREATE TYPE public."Odd ""type""" AS ("Attr ""x""" integer);
CREATE TYPE public.replaced AS (x integer, y integer);
COMMENT ON COLUMN public.replaced.y IS 'kept through the replacement';
