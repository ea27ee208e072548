-- A range's options cannot be altered: it is replaced, its column converted.
CREATE TYPE public.floatrange AS RANGE (subtype = float8, subtype_diff = float8mi, multirange_type_name = public.floatranges);
CREATE TYPE public.textrange AS RANGE (subtype = text, collation = "C");
CREATE TABLE public.readings (id integer PRIMARY KEY, span public.floatrange, names public.textrange);
INSERT INTO public.readings VALUES (1, '[1.5,2.5)');
