CREATE TRUSTED LANGUAGE pl_kept HANDLER plpgsql_call_handler;
CREATE TRUSTED LANGUAGE pl_given_back HANDLER plpgsql_call_handler;
REVOKE USAGE ON LANGUAGE pl_given_back FROM CURRENT_USER;
