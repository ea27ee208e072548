CREATE TABLE public.t (id integer PRIMARY KEY, status varchar(20));
CREATE FUNCTION public.noop() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RETURN NEW;
END
$$;
CREATE TRIGGER t_status BEFORE UPDATE OF status ON public.t FOR EACH ROW EXECUTE FUNCTION public.noop();
