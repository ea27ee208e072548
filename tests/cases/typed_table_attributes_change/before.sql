CREATE TYPE public.item AS (id integer, label text, old_note text);
CREATE TABLE public.items OF public.item (id WITH OPTIONS PRIMARY KEY, label WITH OPTIONS DEFAULT 'x');
CREATE INDEX items_note_idx ON public.items (old_note);
