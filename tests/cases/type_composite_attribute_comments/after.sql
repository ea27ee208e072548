CREATE TYPE public.pair AS (a integer, b text, added integer);
COMMENT ON COLUMN public.pair.a IS 'first, changed';
COMMENT ON COLUMN public.pair.added IS 'new attribute, new comment';
CREATE TYPE public."Odd ""type""" AS ("Attr ""x""" integer);
COMMENT ON COLUMN public."Odd ""type"""."Attr ""x""" IS 'it''s quoted';
-- Attributes reordered: the type is replaced, and created with its comments.
CREATE TYPE public.replaced AS (y integer, x integer);
COMMENT ON COLUMN public.replaced.y IS 'kept through the replacement';
