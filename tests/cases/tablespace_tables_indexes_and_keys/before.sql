-- Tables, a materialized view, indexes and the indexes of keys and an exclusion
-- constraint move between tablespaces (ts_one and ts_two: tests/conftest.py creates them)
-- and the database's default with SET TABLESPACE; a new table and its key go straight there.
CREATE TABLE public.accounts (
  id integer,
  email text,
  CONSTRAINT accounts_pkey PRIMARY KEY (id) USING INDEX TABLESPACE ts_one,
  CONSTRAINT accounts_email_key UNIQUE (email)
) TABLESPACE ts_one;
CREATE INDEX accounts_lower_email_idx ON public.accounts (lower(email)) TABLESPACE ts_two;
CREATE TABLE public.logs (id integer, at timestamptz);
CREATE MATERIALIZED VIEW public.account_ids TABLESPACE ts_one AS SELECT id FROM public.accounts;
CREATE INDEX account_ids_id_idx ON public.account_ids (id);
CREATE TABLE public.bookings (during tsrange, EXCLUDE USING gist (during WITH &&) USING INDEX TABLESPACE ts_two);
