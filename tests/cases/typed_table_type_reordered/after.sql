CREATE TYPE public.pair AS (b text, a integer);
CREATE TABLE public.pairs OF public.pair (a WITH OPTIONS PRIMARY KEY);
