-- A serial column of an unlogged table: its sequence is unlogged with it.
CREATE UNLOGGED TABLE public.scratch (id serial);
CREATE SEQUENCE public.counter;
CREATE TABLE public.jobs (id serial);
