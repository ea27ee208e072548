CREATE LANGUAGE pl$x626487 HANDLER plpgsql_call_handler VALIDATOR plpgsql_validator;
