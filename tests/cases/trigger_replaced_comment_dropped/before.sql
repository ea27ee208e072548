CREATE TABLE public.audit_2 (id_1 bigint NOT NULL, col_3 numeric NOT NULL, col_4 text, col_5 numeric GENERATED ALWAYS AS (col_3 * 2) STORED);
CREATE FUNCTION public.trg_fn_7() RETURNS trigger LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER "default" BEFORE INSERT ON public.audit_2 FOR EACH ROW EXECUTE FUNCTION public.trg_fn_7('it''s');
COMMENT ON TRIGGER "default" ON public.audit_2 IS '50% off; -- not SQL';
