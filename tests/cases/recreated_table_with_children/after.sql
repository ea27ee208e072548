-- mid gains a parent while it has a child of its own: kid is recreated along with it (and backwards, NO INHERIT).
CREATE TABLE public.base (b integer);
CREATE TABLE public.mid (m text) INHERITS (public.base);
CREATE TABLE public.kid (k text) INHERITS (public.mid);
