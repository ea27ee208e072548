-- A parent's storage and compression change (ALTER TABLE ONLY, as schemadiff sets them);
-- kid, which only inherits the column, took the parent's at CREATE TABLE ... INHERITS
-- in the target and keeps its own in the plan's result.
CREATE TABLE public.parent (id integer NOT NULL, a text);
CREATE TABLE public.kid () INHERITS (public.parent);
