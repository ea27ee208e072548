-- mid gains a parent: its child and grandchild (with the child's index and CHECK) are recreated along with it.
CREATE TABLE public.base (b integer CHECK (b > 0));
CREATE TABLE public.mid (m text) INHERITS (public.base);
CREATE TABLE public.kid (k text CHECK (k <> '')) INHERITS (public.mid);
CREATE TABLE public.grandkid (g integer) INHERITS (public.kid);
CREATE INDEX kid_k ON public.kid (k);
COMMENT ON TABLE public.grandkid IS 'recreated two levels down';
