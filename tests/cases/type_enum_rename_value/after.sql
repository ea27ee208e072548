-- Database to database, a label that disappears while another appears is not taken for
-- a rename (the spec says `renamed_from` for that): the type is replaced.
CREATE TYPE public.status AS ENUM ('pending', 'done');
CREATE TABLE public.orders (id integer PRIMARY KEY, status public.status);
INSERT INTO public.orders VALUES (1, 'pending');
