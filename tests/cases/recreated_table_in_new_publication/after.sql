CREATE TABLE public.jobs (id integer NOT NULL);
CREATE TABLE public.events (eid bigint NOT NULL);
CREATE TABLE public.kid () INHERITS (public.events, public.jobs);
CREATE PUBLICATION pub FOR TABLE public.events;
