-- A column becomes an enum and the indexes on lower() of it go: ALTER COLUMN ... TYPE
-- would rebuild them and fails (no lower(enum)), so they are dropped before it, in the
-- transaction, not concurrently after it. The retype reaches the inheritance child's too.
CREATE TYPE public.job_state AS ENUM ('queued', 'done');
CREATE TABLE public.jobs (id integer NOT NULL, state public.job_state, note text);
CREATE INDEX jobs_note ON public.jobs USING btree (note);
CREATE TABLE public.jobs_archive (archived_at date) INHERITS (public.jobs);
