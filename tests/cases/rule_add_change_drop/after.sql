CREATE SCHEMA "Rule Schema";
CREATE TABLE public.t (a integer, c text);
CREATE TABLE public.log (a integer, note text);
CREATE TABLE "Rule Schema"."Items" ("Id" integer, name text);
CREATE RULE ignore_deletes AS ON DELETE TO public.t DO INSTEAD NOTHING;
CREATE RULE changes AS ON INSERT TO public.t WHERE new.a > 10 AND new.c <> 'it''s DO' DO ALSO (
  INSERT INTO public.log (a) VALUES (new.a);
  INSERT INTO public.log (a, note) VALUES (new.a + 1, 'second; one')
);
CREATE RULE toggled AS ON UPDATE TO public.t DO ALSO INSERT INTO public.log (a, note) VALUES (new.a, 'updated');
ALTER TABLE public.t DISABLE RULE toggled;
CREATE RULE "Items ""Rule""" AS ON UPDATE TO "Rule Schema"."Items" WHERE old."Id" <> new."Id" DO INSTEAD NOTHING;
COMMENT ON RULE ignore_deletes ON public.t IS 'it''s new';
COMMENT ON RULE "Items ""Rule""" ON "Rule Schema"."Items" IS 'quoted';
