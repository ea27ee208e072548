CREATE TABLE public.t (id integer PRIMARY KEY, name varchar(50), amount numeric(12,4), at timestamp with time zone);
