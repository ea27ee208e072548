-- Dropped to an empty database: each trigger goes before the table its FROM names.
CREATE TABLE public.a_referenced (id integer PRIMARY KEY);
CREATE TABLE public.z_referencing (id integer);
CREATE FUNCTION public.check_ref() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE CONSTRAINT TRIGGER ref_exists AFTER INSERT ON public.a_referenced FROM public.z_referencing
  FOR EACH ROW EXECUTE FUNCTION public.check_ref();
CREATE CONSTRAINT TRIGGER back_ref AFTER INSERT ON public.z_referencing FROM public.a_referenced
  FOR EACH ROW EXECUTE FUNCTION public.check_ref();
