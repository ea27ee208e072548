CREATE TABLE public.accounts (id bigint PRIMARY KEY, email text NOT NULL UNIQUE, created_at timestamptz DEFAULT now());
COMMENT ON TABLE public.accounts IS 'People who sign in';
CREATE INDEX accounts_created_at_idx ON public.accounts (created_at DESC);
