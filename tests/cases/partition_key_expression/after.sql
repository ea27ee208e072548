-- A key that calls a function of the schema (created first) and a built-in one.
CREATE FUNCTION public.initial(name text) RETURNS text IMMUTABLE LANGUAGE sql AS $$SELECT left(lower(name), 1)$$;
CREATE TABLE public.people (id bigint NOT NULL, name text NOT NULL) PARTITION BY LIST (public.initial(name));
CREATE TABLE public.people_a PARTITION OF public.people FOR VALUES IN ('a');
CREATE TABLE public.people_rest PARTITION OF public.people DEFAULT;
CREATE TABLE public.events (id bigint NOT NULL, kind text NOT NULL) PARTITION BY RANGE ((lower(kind)), id);
CREATE TABLE public.events_low PARTITION OF public.events FOR VALUES FROM (MINVALUE, MINVALUE) TO ('m', 0);
