CREATE TABLE public.t (a bigint, c text);
CREATE TABLE public.log (a bigint);
CREATE RULE copy_a AS ON INSERT TO public.t WHERE new.a > 0 DO ALSO INSERT INTO public.log (a) VALUES (new.a);
CREATE RULE untouched AS ON DELETE TO public.t DO INSTEAD NOTHING;
