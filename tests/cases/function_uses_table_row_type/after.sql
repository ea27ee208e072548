-- Functions whose signature uses a table's row type (zync's que_determine_job_state(que_jobs),
-- graphile-starter's make_email_primary returning app_public.user_emails): created after
-- the table, dropped before it.
CREATE SCHEMA app;
CREATE TABLE app.jobs (id bigint PRIMARY KEY, error_count integer NOT NULL DEFAULT 0);
CREATE FUNCTION app.z_new_id() RETURNS bigint LANGUAGE sql AS 'SELECT 1';
-- Its default makes app.emails wait for app.z_new_id, so without their dependency on the
-- table, the functions below would be created (and dropped) on the wrong side of it.
CREATE TABLE app.emails (id bigint PRIMARY KEY DEFAULT app.z_new_id(), email text);
CREATE FUNCTION app.job_state(job app.jobs) RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT CASE WHEN job.error_count > 0 THEN 'errored' ELSE 'ready' END $$;
CREATE FUNCTION app.first_email() RETURNS app.emails LANGUAGE plpgsql STABLE
  AS $$ BEGIN RETURN NULL; END $$;
CREATE FUNCTION app.all_emails() RETURNS SETOF app.emails LANGUAGE sql STABLE
  AS $$ SELECT * FROM app.emails $$;
-- PL/pgSQL resolves the types its DECLARE section uses at CREATE time (graphile-starter's
-- app_private.login declares v_user app_public.users).
CREATE FUNCTION app.email_of(p_id bigint) RETURNS text LANGUAGE plpgsql STABLE AS $$
DECLARE
  v_email app.emails;
BEGIN
  SELECT * INTO v_email FROM app.emails WHERE id = p_id;
  RETURN v_email.email;
END
$$;
CREATE FUNCTION app.email_count() RETURNS integer LANGUAGE plpgsql STABLE AS $$
DECLARE
  v_row app.emails%ROWTYPE;
  v_email app.emails.email%TYPE;
BEGIN
  RETURN 0;
END
$$;
