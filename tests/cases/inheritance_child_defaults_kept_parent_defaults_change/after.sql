CREATE TABLE public.parent (id bigint NOT NULL, label text DEFAULT 'y', note text DEFAULT 'n');
CREATE TABLE public.kid (label text DEFAULT 'kid') INHERITS (public.parent);
CREATE TABLE public.grandkid () INHERITS (public.kid);
CREATE TABLE public.newkid (note text DEFAULT 'own') INHERITS (public.parent);
