CREATE SCHEMA "Rule Schema";
CREATE TABLE public.t (a integer, c text);
CREATE TABLE public.log (a integer, note text);
CREATE TABLE "Rule Schema"."Items" ("Id" integer, name text);
CREATE RULE ignore_deletes AS ON DELETE TO public.t DO INSTEAD NOTHING;
CREATE RULE gone AS ON UPDATE TO public.t DO ALSO INSERT INTO public.log (a) VALUES (old.a);
CREATE RULE changes AS ON INSERT TO public.t WHERE new.a > 5 DO ALSO INSERT INTO public.log (a) VALUES (new.a);
CREATE RULE toggled AS ON UPDATE TO public.t DO ALSO INSERT INTO public.log (a, note) VALUES (new.a, 'updated');
COMMENT ON RULE ignore_deletes ON public.t IS 'old note';
