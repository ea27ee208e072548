CREATE TABLE public.log (at timestamptz NOT NULL DEFAULT now());
CREATE PROCEDURE public.stamp() LANGUAGE plpgsql AS $$ BEGIN INSERT INTO public.log DEFAULT VALUES; END $$;
