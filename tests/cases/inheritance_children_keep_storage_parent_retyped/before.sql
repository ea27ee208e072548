CREATE TABLE public.parent (id integer NOT NULL, a text, b text);
CREATE TABLE public.kid (note text) INHERITS (public.parent);
ALTER TABLE ONLY public.kid ALTER COLUMN a SET COMPRESSION lz4;
ALTER TABLE ONLY public.kid ALTER COLUMN b SET STORAGE EXTERNAL;
CREATE TABLE public.grandkid () INHERITS (public.kid);
ALTER TABLE ONLY public.grandkid ALTER COLUMN b SET STORAGE MAIN;
