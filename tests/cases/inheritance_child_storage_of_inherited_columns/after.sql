CREATE TABLE public.parent (id integer NOT NULL, a text, body text);
ALTER TABLE public.parent ALTER COLUMN a SET STORAGE EXTERNAL;
ALTER TABLE public.parent ALTER COLUMN a SET COMPRESSION lz4;
CREATE TABLE public.kid (note text) INHERITS (public.parent);
ALTER TABLE ONLY public.kid ALTER COLUMN body SET STORAGE MAIN;
ALTER TABLE ONLY public.kid ALTER COLUMN note SET COMPRESSION lz4;
CREATE TABLE public.kid2 () INHERITS (public.parent);
ALTER TABLE ONLY public.kid2 ALTER COLUMN body SET COMPRESSION pglz;
