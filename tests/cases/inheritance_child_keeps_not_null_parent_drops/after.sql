CREATE TABLE public.parent (id integer NOT NULL, a numeric(10,2), b integer);
CREATE TABLE public.other (b integer NOT NULL);
CREATE TABLE public.kid (a numeric(10,2) NOT NULL) INHERITS (public.parent, public.other);
CREATE TABLE public.grandkid () INHERITS (public.kid);
CREATE TABLE public.loose () INHERITS (public.parent);
