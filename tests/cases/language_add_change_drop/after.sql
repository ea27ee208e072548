-- plsame gains an inline handler and a validator and becomes trusted; a new one comes with
-- its grants (PUBLIC's USAGE revoked) and a function written in it.
CREATE TRUSTED LANGUAGE plsame HANDLER plpgsql_call_handler INLINE plpgsql_inline_handler VALIDATOR plpgsql_validator;
COMMENT ON LANGUAGE plsame IS 'now trusted';
CREATE TRUSTED LANGUAGE pl_new HANDLER plpgsql_call_handler VALIDATOR plpgsql_validator;
REVOKE USAGE ON LANGUAGE pl_new FROM PUBLIC;
DO $$ BEGIN CREATE ROLE lang_user; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
GRANT USAGE ON LANGUAGE pl_new TO lang_user;
CREATE FUNCTION public.in_same() RETURNS integer LANGUAGE plsame AS 'BEGIN RETURN 2; END';
CREATE FUNCTION public.in_new(x integer) RETURNS integer LANGUAGE pl_new AS 'BEGIN RETURN x; END';
ALTER LANGUAGE plsame OWNER TO lang_user;
