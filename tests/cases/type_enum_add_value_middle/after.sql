-- New labels first, in the middle and last; the new default uses one of them, which
-- PostgreSQL allows only once the label is committed.
CREATE TYPE public.status AS ENUM ('draft', 'pending', 'active', 'done', 'archived');
CREATE TABLE public.orders (
  id integer PRIMARY KEY,
  status public.status NOT NULL DEFAULT 'active' CONSTRAINT not_archived CHECK (status <> 'archived')
);
INSERT INTO public.orders VALUES (1, 'pending'), (2, 'done');
