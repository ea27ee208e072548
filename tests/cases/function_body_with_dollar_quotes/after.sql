CREATE FUNCTION public.q() RETURNS text LANGUAGE plpgsql AS $fn$
BEGIN
  RETURN $x$it's $$ fine$x$;
END
$fn$;
