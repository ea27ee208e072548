CREATE TABLE public.jobs (id integer NOT NULL, state text, note text);
CREATE INDEX jobs_state_lower ON public.jobs USING btree (lower(state));
CREATE INDEX jobs_note ON public.jobs USING btree (note);
CREATE TABLE public.jobs_archive (archived_at date) INHERITS (public.jobs);
CREATE INDEX jobs_archive_state_lower ON public.jobs_archive USING btree (lower(state));
