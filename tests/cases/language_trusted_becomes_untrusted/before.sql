-- (generative, seed 20261385) A trusted language without PUBLIC's USAGE becomes untrusted:
-- GRANT and REVOKE refuse an untrusted language, so its privileges are left as they are.
CREATE TRUSTED LANGUAGE pl$x626487 HANDLER plpgsql_call_handler VALIDATOR plpgsql_validator;
REVOKE USAGE ON LANGUAGE pl$x626487 FROM PUBLIC;
