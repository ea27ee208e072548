CREATE SCHEMA "Evt Schema";
CREATE FUNCTION public.on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
CREATE FUNCTION "Evt Schema"."On Drop"() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
CREATE EVENT TRIGGER case_evt_gone ON ddl_command_end EXECUTE FUNCTION public.on_ddl();
CREATE EVENT TRIGGER case_evt_state ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION public.on_ddl();
CREATE EVENT TRIGGER case_evt_tags ON ddl_command_start WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION public.on_ddl();
COMMENT ON EVENT TRIGGER case_evt_state IS 'old note';
