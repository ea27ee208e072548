CREATE DOMAIN public.label AS varchar(20) DEFAULT 'none' NOT NULL;
CREATE TABLE public.items (id integer PRIMARY KEY, label public.label);
INSERT INTO public.items VALUES (1, 'one');
