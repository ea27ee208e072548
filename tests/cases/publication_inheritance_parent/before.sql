CREATE TABLE public.base (id integer NOT NULL, note text);
CREATE TABLE public.other (id integer NOT NULL);
CREATE TABLE public.child (extra text) INHERITS (public.base);
CREATE PUBLICATION pub_changed FOR TABLE ONLY public.base;
