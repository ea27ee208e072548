CREATE TYPE public.money_pair AS (amount integer, currency varchar(3));
CREATE TABLE public.prices (id integer PRIMARY KEY, price public.money_pair, history public.money_pair[]);
INSERT INTO public.prices VALUES (1, ROW(10, 'EUR'), ARRAY[ROW(9, 'EUR')::public.money_pair]);
