-- SQL routines with an empty body are valid when they return nothing (PostgREST's fixtures
-- have them): they do nothing.
CREATE FUNCTION public.ret_void() RETURNS void LANGUAGE sql AS '';
CREATE FUNCTION public.only_comment(a integer) RETURNS void LANGUAGE sql AS $$ -- nothing to do
$$;
CREATE PROCEDURE public.do_nothing() LANGUAGE sql AS '';
