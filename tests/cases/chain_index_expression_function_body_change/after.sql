CREATE FUNCTION public.norm(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
SELECT lower(trim(t))
$$;
CREATE TABLE public.t (id integer PRIMARY KEY, email text);
CREATE INDEX t_email_norm ON public.t (public.norm(email));
