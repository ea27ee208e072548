CREATE FUNCTION public.total(VARIADIC nums integer[]) RETURNS bigint LANGUAGE sql IMMUTABLE
  AS $$ SELECT sum(n) FROM unnest(nums) AS n $$;
CREATE FUNCTION public.joined(sep text, VARIADIC parts text[]) RETURNS text LANGUAGE sql
  AS $$ SELECT array_to_string(parts, sep) $$;
