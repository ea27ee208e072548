CREATE TABLE public.t (id integer PRIMARY KEY, name varchar(20), amount numeric(10,2), at timestamp(3) without time zone);
