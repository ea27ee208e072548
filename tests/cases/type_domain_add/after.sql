CREATE DOMAIN public.email AS text COLLATE "C" NOT NULL CONSTRAINT email_has_at CHECK (VALUE ~ '@');
CREATE DOMAIN public.positive AS integer DEFAULT 1 CHECK (VALUE > 0) CHECK (VALUE < 1000000);
COMMENT ON DOMAIN public.positive IS 'greater than zero';
CREATE TABLE public.users (id public.positive PRIMARY KEY, email public.email, emails public.email[]);
