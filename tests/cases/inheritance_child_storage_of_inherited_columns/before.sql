-- Storage and compression of the columns inheritance children only inherit: CREATE TABLE
-- ... INHERITS copies the first parent's, ALTER TABLE ONLY sets a child's own, and the
-- parent's, set ONLY, leaves the children's as they were (kid keeps MAIN on body).
CREATE TABLE public.parent (id integer NOT NULL, a text, body text);
ALTER TABLE public.parent ALTER COLUMN body SET STORAGE MAIN;
CREATE TABLE public.kid (note text) INHERITS (public.parent);
ALTER TABLE ONLY public.kid ALTER COLUMN a SET STORAGE PLAIN;
