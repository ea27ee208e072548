CREATE DOMAIN public.label AS varchar(20);
CREATE TABLE public.items (id integer PRIMARY KEY, label public.label);
INSERT INTO public.items VALUES (1, 'one');
