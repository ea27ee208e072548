CREATE TYPE public.pair AS (a integer, b text);
CREATE TABLE public.pairs OF public.pair (a WITH OPTIONS PRIMARY KEY);
