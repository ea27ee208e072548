CREATE TABLE public.old_prices (id integer, price numeric);
CREATE TABLE public.prices (id integer, price numeric);
CREATE VIEW public.current_prices AS SELECT id, price FROM public.old_prices;
