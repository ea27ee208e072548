-- The parent's columns a and b stop being NOT NULL. PostgreSQL 15's DROP NOT NULL
-- recurses to every table below it; kid declares a NOT NULL itself and gets b NOT NULL
-- from another parent too, so both stay NOT NULL there and in grandkid (which takes
-- kid's), while loose, which only inherits them, follows the parent.
CREATE TABLE public.parent (id integer NOT NULL, a numeric(10,2) NOT NULL, b integer NOT NULL);
CREATE TABLE public.other (b integer NOT NULL);
CREATE TABLE public.kid (a numeric(10,2) NOT NULL) INHERITS (public.parent, public.other);
CREATE TABLE public.grandkid () INHERITS (public.kid);
CREATE TABLE public.loose () INHERITS (public.parent);
