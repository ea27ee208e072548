CREATE TYPE public.money_pair AS (amount integer, currency varchar(3));
CREATE TYPE public.tag AS ENUM ('new', 'sale', 'old');
CREATE TYPE public.labelled AS (label text, tag public.tag);
CREATE TABLE public.prices (id integer PRIMARY KEY, price public.money_pair, badge public.labelled);
INSERT INTO public.prices VALUES (1, ROW(10, 'EUR'), ROW('x', 'sale'));
