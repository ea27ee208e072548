-- A parent's ALTER COLUMN ... TYPE recurses to every table below it and resets their
-- storage and compression of the column to the new type's: the children's own (of columns
-- they only inherit) are set again after it.
CREATE TABLE public.parent (id integer NOT NULL, a character varying(20), b character varying(30));
CREATE TABLE public.kid (note text) INHERITS (public.parent);
ALTER TABLE ONLY public.kid ALTER COLUMN a SET COMPRESSION lz4;
ALTER TABLE ONLY public.kid ALTER COLUMN b SET STORAGE EXTERNAL;
CREATE TABLE public.grandkid () INHERITS (public.kid);
ALTER TABLE ONLY public.grandkid ALTER COLUMN b SET STORAGE MAIN;
