CREATE DOMAIN public.score AS integer CONSTRAINT score_min CHECK (VALUE >= 0);
CREATE TABLE public.results (id integer PRIMARY KEY, score public.score);
INSERT INTO public.results VALUES (1, 50);
