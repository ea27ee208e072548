-- A shell type whose name an enum takes (and backward, a shell again in the enum's place).
CREATE TYPE public.status;
COMMENT ON TYPE public.status IS 'to be decided';
CREATE TABLE public.kept (id integer);
