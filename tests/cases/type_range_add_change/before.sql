CREATE TYPE public.floatrange AS RANGE (subtype = float8);
CREATE TABLE public.readings (id integer PRIMARY KEY, span public.floatrange);
INSERT INTO public.readings VALUES (1, '[1.5,2.5)');
