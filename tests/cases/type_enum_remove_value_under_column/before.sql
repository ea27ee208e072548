CREATE TYPE public.status AS ENUM ('pending', 'active', 'cancelled', 'done');
CREATE TABLE public.orders (
  id integer PRIMARY KEY,
  status public.status NOT NULL DEFAULT 'pending' CONSTRAINT not_done CHECK (status <> 'done'::public.status),
  history public.status[] DEFAULT '{}'
);
CREATE INDEX orders_status ON public.orders (status);
CREATE INDEX orders_active ON public.orders (id) WHERE status = 'active';
CREATE VIEW public.open_orders AS SELECT id, status FROM public.orders WHERE status <> 'cancelled';
ALTER TABLE public.orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY active_only ON public.orders FOR SELECT USING (status = 'active'::public.status);
INSERT INTO public.orders VALUES (1, 'pending', '{pending,active}'), (2, 'active', '{}');
