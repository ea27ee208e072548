CREATE SCHEMA "Evt Schema";
CREATE FUNCTION public.on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
CREATE FUNCTION "Evt Schema"."On Drop"() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
CREATE EVENT TRIGGER case_evt_state ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION public.on_ddl();
ALTER EVENT TRIGGER case_evt_state DISABLE;
CREATE EVENT TRIGGER case_evt_tags ON ddl_command_start WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE') EXECUTE FUNCTION public.on_ddl();
CREATE EVENT TRIGGER "Case Evt ""Drop""" ON sql_drop EXECUTE FUNCTION "Evt Schema"."On Drop"();
ALTER EVENT TRIGGER "Case Evt ""Drop""" ENABLE ALWAYS;
COMMENT ON EVENT TRIGGER case_evt_state IS 'it''s new';
