CREATE TABLE public.release_country (release integer, country integer);
CREATE TABLE public.release_unknown_country (release integer);
CREATE VIEW public.release_event AS
    SELECT release, country
    FROM (SELECT release, country FROM public.release_country
          UNION ALL
          SELECT release, NULL FROM public.release_unknown_country) AS q;
CREATE VIEW public.first_country AS
    SELECT release, (SELECT NULL) AS nothing FROM public.release_country
    UNION
    SELECT release, 'x' FROM public.release_unknown_country;
CREATE MATERIALIZED VIEW public.release_event_m AS
    SELECT release, NULL AS country FROM public.release_country
    UNION ALL
    SELECT release, NULL FROM public.release_unknown_country;
