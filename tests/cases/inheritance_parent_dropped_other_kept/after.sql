-- kid stops inheriting from mid and keeps base, which handed it the same columns and check
-- as mid did: those stay inherited, only mid's own column goes (generative seed 30500128).
CREATE TABLE public.base (id integer NOT NULL, n integer, CONSTRAINT base_n CHECK (n > 0));
CREATE TABLE public.mid (m text) INHERITS (public.base);
CREATE TABLE public.kid (k text) INHERITS (public.base);
