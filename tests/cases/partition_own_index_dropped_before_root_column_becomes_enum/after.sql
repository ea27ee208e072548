-- The root's column becomes an enum; a partition's own index on lower() of it goes. The
-- root's ALTER COLUMN ... TYPE recurses to the partition and would fail on that index.
CREATE TYPE public.job_state AS ENUM ('queued', 'done');
CREATE TABLE public.jobs (id bigint NOT NULL, region text NOT NULL, state public.job_state) PARTITION BY LIST (region);
CREATE TABLE public.jobs_eu PARTITION OF public.jobs FOR VALUES IN ('eu');
CREATE TABLE public.jobs_rest PARTITION OF public.jobs DEFAULT;
