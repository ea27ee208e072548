-- ALTER ATTRIBUTE TYPE is refused while a column is of the type: the type is replaced and
-- the column converted attribute by attribute (10 stays 10, in numeric; a new attribute is
-- NULL); a composite with an attribute of a replaced enum is replaced with it.
CREATE TYPE public.money_pair AS (amount numeric(12,2), currency varchar(3), note text);
CREATE TYPE public.tag AS ENUM ('new', 'sale');
CREATE TYPE public.labelled AS (label text, tag public.tag);
CREATE TABLE public.prices (id integer PRIMARY KEY, price public.money_pair, badge public.labelled);
INSERT INTO public.prices VALUES (1, ROW(10, 'EUR', NULL), ROW('x', 'sale'));
