-- Self-references are no cycle; with a second table they are part of one.
CREATE TABLE public.family_tree (id integer PRIMARY KEY, name text, parent integer REFERENCES public.family_tree (id), house_id integer);
CREATE TABLE public.houses (id integer PRIMARY KEY, founder_id integer REFERENCES public.family_tree (id), seat_of integer REFERENCES public.houses (id));
ALTER TABLE public.family_tree ADD CONSTRAINT family_tree_house_id_fkey FOREIGN KEY (house_id) REFERENCES public.houses (id);
