CREATE TYPE public.status AS ENUM ('pending', 'active', 'done');
COMMENT ON TYPE public.status IS 'where an order is';
CREATE TABLE public.orders (id integer PRIMARY KEY, status public.status NOT NULL DEFAULT 'pending', history public.status[]);
