-- A generated column of a domain.
CREATE DOMAIN public.code AS int;
CREATE TABLE public.t (a int, c public.code GENERATED ALWAYS AS (a::public.code) STORED);
INSERT INTO public.t (a) VALUES (1);
