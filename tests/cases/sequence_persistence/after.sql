-- The table becomes logged, its sequence stays unlogged (SET LOGGED changes both).
CREATE TABLE public.scratch (id serial);
ALTER SEQUENCE public.scratch_id_seq SET UNLOGGED;
CREATE UNLOGGED SEQUENCE public.counter;
-- Only the sequence changes.
CREATE TABLE public.jobs (id serial);
ALTER SEQUENCE public.jobs_id_seq SET UNLOGGED;
-- Created by the plan: an unlogged table's serial sequence is unlogged.
CREATE UNLOGGED TABLE public.fresh (id serial);
