-- Shell types left undefined (pg_dump: CREATE TYPE name;), with a comment and another
-- owner, one of them taken and returned by internal functions before anything defines it.
DO $$ BEGIN CREATE ROLE case_shell_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.kept (id integer);
CREATE TYPE public.pending;
COMMENT ON TYPE public.pending IS 'defined by a later release';
ALTER TYPE public.pending OWNER TO case_shell_owner;
CREATE SCHEMA other;
CREATE TYPE other."Later Type";
CREATE FUNCTION other.later_in(cstring) RETURNS other."Later Type" AS 'int4in' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION other.later_out(other."Later Type") RETURNS cstring AS 'int4out' LANGUAGE internal IMMUTABLE STRICT;
