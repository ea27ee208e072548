CREATE TABLE public.parent (id integer NOT NULL, a integer, b text);
ALTER TABLE public.parent ALTER COLUMN b SET STATISTICS 50;
CREATE TABLE public.kid (own integer) INHERITS (public.parent);
ALTER TABLE ONLY public.kid ALTER COLUMN b SET STATISTICS 700;
CREATE TABLE public.kid2 () INHERITS (public.parent);
ALTER TABLE public.parent ALTER COLUMN id SET STATISTICS 900;
