-- A publication of an inheritance parent holds the children it lists, no others: created
-- before the child, pub_parent holds the parent alone, and so must the plan's CREATE
-- PUBLICATION, which runs after the child exists (generative seed 20261206); pub_family,
-- created after it, lists both. pub_changed gains a table without gaining the child.
CREATE TABLE public.base (id integer NOT NULL, note text);
CREATE TABLE public.other (id integer NOT NULL);
CREATE PUBLICATION pub_parent FOR TABLE public.base;
CREATE TABLE public.child (extra text) INHERITS (public.base);
CREATE PUBLICATION pub_family FOR TABLE public.base;
CREATE PUBLICATION pub_changed FOR TABLE ONLY public.base, ONLY public.other;
