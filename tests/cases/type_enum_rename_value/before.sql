CREATE TYPE public.status AS ENUM ('pending', 'finished');
CREATE TABLE public.orders (id integer PRIMARY KEY, status public.status);
INSERT INTO public.orders VALUES (1, 'pending');
