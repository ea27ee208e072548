CREATE TABLE public.accounts (
  id integer,
  email text,
  CONSTRAINT accounts_pkey PRIMARY KEY (id),
  CONSTRAINT accounts_email_key UNIQUE (email) USING INDEX TABLESPACE ts_one
) TABLESPACE ts_two;
CREATE INDEX accounts_lower_email_idx ON public.accounts (lower(email));
CREATE TABLE public.logs (id integer, at timestamptz) TABLESPACE ts_one;
CREATE MATERIALIZED VIEW public.account_ids AS SELECT id FROM public.accounts;
CREATE INDEX account_ids_id_idx ON public.account_ids (id) TABLESPACE ts_two;
CREATE TABLE public.bookings (during tsrange, EXCLUDE USING gist (during WITH &&));
CREATE TABLE public.audit (
  id bigint GENERATED ALWAYS AS IDENTITY,
  what text,
  CONSTRAINT audit_pkey PRIMARY KEY (id) WITH (fillfactor = 90) USING INDEX TABLESPACE ts_one
) TABLESPACE ts_two;
