CREATE TABLE public.prices (id integer PRIMARY KEY, net numeric, gross numeric GENERATED ALWAYS AS (net * 1.2) STORED);
CREATE VIEW public.gross_prices AS SELECT id, gross FROM public.prices;
