CREATE FUNCTION public.total(VARIADIC nums integer[]) RETURNS bigint LANGUAGE sql IMMUTABLE
  AS $$ SELECT coalesce(sum(n), 0) FROM unnest(nums) AS n $$;
CREATE FUNCTION public.joined(sep text, VARIADIC parts text[] DEFAULT '{}') RETURNS text LANGUAGE sql
  AS $$ SELECT array_to_string(parts, sep) $$;
CREATE FUNCTION public.first_of(VARIADIC vals anyarray) RETURNS anyelement LANGUAGE sql AS $$ SELECT vals[1] $$;
