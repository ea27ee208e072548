CREATE TABLE public.jobs (id bigint NOT NULL, region text NOT NULL, state text) PARTITION BY LIST (region);
CREATE TABLE public.jobs_eu PARTITION OF public.jobs FOR VALUES IN ('eu');
CREATE TABLE public.jobs_rest PARTITION OF public.jobs DEFAULT;
CREATE INDEX jobs_rest_state_lower ON public.jobs_rest USING btree (lower(state));
