CREATE TABLE public.keep (id integer);
CREATE TABLE public.gone (id integer PRIMARY KEY, body text NOT NULL DEFAULT '');
CREATE INDEX gone_body ON public.gone (body);
