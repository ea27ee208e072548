CREATE TABLE public.items (id integer PRIMARY KEY, price numeric(10,2) NOT NULL);
CREATE VIEW public.cheap_items AS SELECT id, price FROM public.items WHERE price < 10;
CREATE VIEW public.cheap_item_ids AS SELECT id FROM public.cheap_items;
