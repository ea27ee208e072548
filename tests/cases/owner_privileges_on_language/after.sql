-- The owner takes its own USAGE away from one language, gets it back on another, and a
-- new language is created without it.
CREATE TRUSTED LANGUAGE pl_kept HANDLER plpgsql_call_handler;
REVOKE USAGE ON LANGUAGE pl_kept FROM CURRENT_USER;
CREATE TRUSTED LANGUAGE pl_given_back HANDLER plpgsql_call_handler;
CREATE TRUSTED LANGUAGE pl_new HANDLER plpgsql_call_handler;
REVOKE USAGE ON LANGUAGE pl_new FROM CURRENT_USER, PUBLIC;
