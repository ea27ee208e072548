CREATE TABLE public.mid (m text);
CREATE TABLE public.kid (k text CHECK (k <> '')) INHERITS (public.mid);
CREATE TABLE public.grandkid (g integer) INHERITS (public.kid);
CREATE INDEX kid_k ON public.kid (k);
COMMENT ON TABLE public.grandkid IS 'recreated two levels down';
