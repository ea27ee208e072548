-- ALTER ATTRIBUTE TYPE is refused while a column is of the type: the type is replaced and
-- the columns converted through text; an attribute added at the end needs no replacement.
CREATE TYPE public.money_pair AS (amount numeric(12,2), currency varchar(3), note text);
CREATE TABLE public.prices (id integer PRIMARY KEY, price public.money_pair, history public.money_pair[]);
INSERT INTO public.prices VALUES (1, ROW(10, 'EUR', NULL), ARRAY[ROW(9, 'EUR', NULL)::public.money_pair]);
