-- A UNION branch's unnamed constant: pg_get_viewdef prints it `NULL::integer` without its
-- hidden name `?column?`, and that text run again names it int4 (MusicBrainz's
-- musicbrainz.release_event). The same in a scalar subquery and a materialized view.
CREATE TABLE public.release_country (release integer, country integer);
CREATE TABLE public.release_unknown_country (release integer);
