CREATE TABLE public.parent (id integer NOT NULL, a text);
ALTER TABLE public.parent ALTER COLUMN a SET STORAGE EXTERNAL;
ALTER TABLE public.parent ALTER COLUMN a SET COMPRESSION lz4;
CREATE TABLE public.kid () INHERITS (public.parent);
