CREATE TYPE public.pair AS (a integer, b text);
CREATE TABLE public.pairs OF public.pair (a WITH OPTIONS NOT NULL, b WITH OPTIONS DEFAULT 'z');
CREATE TYPE public.other AS (a integer, b text);
CREATE TABLE public.others OF public.pair;
