CREATE TYPE public.pair AS (a integer, b text);
CREATE TABLE public.pairs (a integer NOT NULL, b text DEFAULT 'z');
CREATE TYPE public.other AS (a integer, b text);
CREATE TABLE public.others OF public.other;
