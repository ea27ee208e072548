CREATE TABLE public.mid (m text);
CREATE TABLE public.kid (k text) INHERITS (public.mid);
