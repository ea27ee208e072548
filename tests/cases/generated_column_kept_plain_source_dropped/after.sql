CREATE TABLE public.kid (doubled numeric, note text);
