CREATE TYPE public.status AS ENUM ('pending', 'done');
CREATE TABLE public.orders (id integer PRIMARY KEY, status public.status NOT NULL DEFAULT 'pending');
INSERT INTO public.orders VALUES (1, 'pending'), (2, 'done');
