CREATE TABLE public.prices (id integer, price numeric);
-- same columns (CREATE OR REPLACE would do), but the table it read goes
CREATE VIEW public.current_prices AS SELECT id, price FROM public.prices;
