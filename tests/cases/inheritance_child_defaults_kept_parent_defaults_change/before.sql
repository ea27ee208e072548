-- The parent's defaults change. SET / DROP DEFAULT recurse to every table below: kid's
-- own default on label stays (set again ONLY, so grandkid, which took kid's, needs its own
-- again), and newkid, created by the plan with a default of its own on note, keeps it when
-- a second run sets the parent's again.
CREATE SEQUENCE public.ids;
CREATE TABLE public.parent (id bigint DEFAULT nextval('public.ids') NOT NULL, label text DEFAULT 'x', note text);
CREATE TABLE public.kid (label text DEFAULT 'kid') INHERITS (public.parent);
CREATE TABLE public.grandkid () INHERITS (public.kid);
