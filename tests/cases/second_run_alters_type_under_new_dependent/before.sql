CREATE TABLE public.notes_14 (id_13 numeric NOT NULL, "col""15" tstzrange NOT NULL, "Col16" integer[] DEFAULT '{}'::integer[], col_17 text);
