CREATE TABLE public.log (at timestamptz NOT NULL DEFAULT now());
CREATE PROCEDURE public.stamp() LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' SET lock_timeout = '1s'
  AS $$ BEGIN INSERT INTO public.log DEFAULT VALUES; END $$;
