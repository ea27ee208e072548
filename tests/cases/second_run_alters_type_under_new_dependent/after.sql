CREATE TABLE public.notes_14 (id_13 bigint NOT NULL, "col""15" tstzrange NOT NULL, "Col16" integer[] DEFAULT '{}'::integer[], col_17 text);
CREATE MATERIALIZED VIEW public.mv_24 AS SELECT "col""15" FROM public.notes_14 WHERE id_13 > 0;
